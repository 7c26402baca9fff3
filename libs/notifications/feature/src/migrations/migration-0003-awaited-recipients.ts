import { Migration } from '@mikro-orm/migrations';

/**
 * Named members a notification could not reach yet because their `member.changed` had not arrived; and
 * notifications found by occurrence, so an announcement is never sent twice to one member (a newcomer's
 * own announcement may race the community's).
 */
export class Migration0003AwaitedRecipients extends Migration {
  async up(): Promise<void> {
    const s = this.config.get('schema') as string;
    this.addSql(`create table "${s}"."awaited_recipient" (
      "notification_id" uuid not null, "member_id" uuid not null, "created_at" timestamptz not null,
      primary key ("member_id", "notification_id"))`);
    this.addSql(
      `create index "notification_occurrence_kind_index" on "${s}"."notification" ((("payload" #>> '{occurrence,occurrenceId}')::uuid), "kind")`,
    );
  }
}
