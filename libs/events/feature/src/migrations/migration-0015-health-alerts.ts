import { Migration } from '@mikro-orm/migrations';

/** Health checks chosen per series, the alerts raised per occurrence, and notifications' count of failed deliveries. */
export class Migration0015HealthAlerts extends Migration {
  async up(): Promise<void> {
    const s = this.config.get('schema') as string;
    this.addSql(`alter table "${s}"."series" add column "health_checks" jsonb null`);
    this.addSql(`create table "${s}"."occurrence_alert" (
      "id" uuid primary key,
      "occurrence_id" uuid not null,
      "check" varchar(30) not null,
      "state" varchar(10) not null,
      "detail" jsonb not null,
      "raised_at" timestamptz not null,
      "cleared_at" timestamptz null
    )`);
    this.addSql(`create index "occurrence_alert_occurrence_idx" on "${s}"."occurrence_alert" ("occurrence_id", "raised_at")`);
    // One open alert per condition: two evaluations racing cannot both raise it.
    this.addSql(
      `create unique index "occurrence_alert_one_raised" on "${s}"."occurrence_alert" ("occurrence_id", "check") where "state" = 'raised'`,
    );
    this.addSql(`create table "${s}"."delivery_failure_count" (
      "occurrence_id" uuid primary key,
      "failed" integer not null,
      "counted_at" timestamptz not null
    )`);
  }
}
