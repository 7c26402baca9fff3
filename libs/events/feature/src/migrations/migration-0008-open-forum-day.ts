import { Migration } from '@mikro-orm/migrations';

/**
 * The open forum's day: someone in the room may volunteer as a workshop's scribe by name (no member id),
 * and the programme posted to the channel is remembered so an unchanged programme is not posted again.
 */
export class Migration0008OpenForumDay extends Migration {
  async up(): Promise<void> {
    const s = this.config.get('schema') as string;
    this.addSql(
      `alter table "${s}"."workshop_scribe" alter column "member_id" drop not null, add column "volunteer_name" varchar(200) null`,
    );
    this.addSql(
      `alter table "${s}"."workshop_scribe" add constraint "workshop_scribe_someone" check ("member_id" is not null or "volunteer_name" is not null)`,
    );
    this.addSql(`create table "${s}"."programme_post" (
      "occurrence_id" uuid not null references "${s}"."occurrence" ("id") on delete cascade deferrable initially deferred primary key,
      "digest" varchar(64) not null, "message_id" uuid not null, "posted_at" timestamptz not null)`);
  }
}
