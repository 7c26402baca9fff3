import { Migration } from '@mikro-orm/migrations';

/**
 * The full lifecycle: series exceptions, capacity and planning horizon; per-occurrence facts that a series
 * edit must not change once people were told (title, location, capacity), calendar revisions, cancellation,
 * the registration deadline and the revision of the step jobs; organiser-defined formats.
 */
export class Migration0003SeriesLifecycle extends Migration {
  async up(): Promise<void> {
    const s = this.config.get('schema') as string;
    this.addSql(`alter table "${s}"."series"
      add column "capacity" int null,
      add column "horizon_occurrences" int not null default 3,
      add column "skipped_dates" jsonb not null default '[]',
      add column "moved_occurrences" jsonb not null default '[]',
      add column "format_definition" jsonb null`);
    this.addSql(`alter table "${s}"."occurrence"
      add column "title" varchar(255) null,
      add column "location" varchar(255) null,
      add column "capacity" int null,
      add column "calendar_sequence" int not null default 0,
      add column "previous_starts_at" timestamptz null,
      add column "cancellation_reason" text null,
      add column "registration_closes_at" timestamptz null,
      add column "schedule_revision" int not null default 0`);
    this.addSql(`update "${s}"."occurrence" o set "title" = se."title", "location" = se."location"
      from "${s}"."series" se where se."id" = o."series_id"`);
    this.addSql(`update "${s}"."occurrence" o set "registration_closes_at" = st."due_at"
      from "${s}"."occurrence_step" st where st."occurrence_id" = o."id" and st."step" = 'closeRegistration'`);
    this.addSql(`alter table "${s}"."occurrence" alter column "title" set not null`);
    this.addSql(`create table "${s}"."organiser_format" (
      "id" uuid primary key, "organiser_id" uuid not null, "definition" jsonb not null, "created_at" timestamptz not null)`);
    this.addSql(`create index "organiser_format_organiser_idx" on "${s}"."organiser_format" ("organiser_id")`);
  }
}
