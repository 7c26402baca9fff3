import { Migration } from '@mikro-orm/migrations';

/**
 * Calendar state: the newest version of each occurrence as calendars should show it (the feeds read it),
 * who holds each occurrence in their calendar and at which SEQUENCE (updates and cancellations go to
 * exactly them), and which calendar object each email delivery carries (decided when it is planned).
 */
export class Migration0007CalendarHolders extends Migration {
  async up(): Promise<void> {
    const s = this.config.get('schema') as string;
    this.addSql(`create table "${s}"."calendar_occurrence" (
      "occurrence_id" uuid primary key,
      "series_id" uuid not null,
      "community_id" uuid not null,
      "title" text not null,
      "starts_at" timestamptz not null,
      "ends_at" timestamptz not null,
      "time_zone" varchar(64) not null,
      "location" text null,
      "status" varchar(10) not null check ("status" in ('tentative', 'confirmed', 'cancelled')),
      "sequence" integer not null,
      "updated_at" timestamptz not null
    )`);
    this.addSql(`create index "calendar_occurrence_series_idx" on "${s}"."calendar_occurrence" ("series_id", "starts_at")`);
    this.addSql(`create table "${s}"."calendar_holder" (
      "occurrence_id" uuid not null,
      "member_id" uuid not null,
      "status" varchar(10) not null check ("status" in ('holding', 'cancelled')),
      "sequence" integer not null,
      "occurrence_sequence" integer not null,
      "updated_at" timestamptz not null,
      primary key ("occurrence_id", "member_id")
    )`);
    this.addSql(`create index "calendar_holder_member_idx" on "${s}"."calendar_holder" ("member_id")`);
    this.addSql(`alter table "${s}"."delivery" add column "calendar_method" varchar(10) null, add column "calendar_sequence" integer null`);
  }
}
