import { Migration } from '@mikro-orm/migrations';

/**
 * Personal data: members can be erased (anonymised, the row kept for counts), and organisers ask for a
 * member's data or its erasure, whose parts the other services send back (one column per service, so two
 * answers arriving at once never overwrite each other).
 */
export class Migration0007PersonalData extends Migration {
  async up(): Promise<void> {
    const s = this.config.get('schema') as string;
    this.addSql(`alter table "${s}"."member" add column "erased_at" timestamptz null`);
    this.addSql(`create table "${s}"."member_export" (
      "id" uuid not null primary key, "member_id" uuid not null, "requested_at" timestamptz not null,
      "member" jsonb not null, "membership_part" jsonb not null, "events_part" jsonb null, "notifications_part" jsonb null)`);
    this.addSql(`create index "member_export_member_id_index" on "${s}"."member_export" ("member_id", "requested_at")`);
    this.addSql(`create table "${s}"."member_erasure" (
      "id" uuid not null primary key, "member_id" uuid not null, "requested_at" timestamptz not null,
      "membership_report" jsonb not null, "events_report" jsonb null, "notifications_report" jsonb null)`);
    this.addSql(`create index "member_erasure_member_id_index" on "${s}"."member_erasure" ("member_id", "requested_at")`);
  }
}
