import { Migration } from '@mikro-orm/migrations';

/** Named members a notification could not reach yet because their `member.changed` had not arrived. */
export class Migration0003AwaitedRecipients extends Migration {
  async up(): Promise<void> {
    const s = this.config.get('schema') as string;
    this.addSql(`create table "${s}"."awaited_recipient" (
      "notification_id" uuid not null, "member_id" uuid not null, "created_at" timestamptz not null,
      primary key ("member_id", "notification_id"))`);
  }
}
