import { Migration } from '@mikro-orm/migrations';

/**
 * Capacity and waiting list: each registration holds a place (`confirmed`), waits for one (`waitlisted`,
 * ordered by `waitlisted_at`) or holds none (`declined`: `no` and `maybe`). The occurrence copy gains its
 * capacity, place and agenda for the registration page.
 */
export class Migration0002WaitingList extends Migration {
  async up(): Promise<void> {
    const s = this.config.get('schema') as string;
    this.addSql(`alter table "${s}"."occurrence_ref"
      add column "capacity" integer null, add column "location" varchar(255) null,
      add column "agenda" jsonb not null default '[]'`);
    this.addSql(`alter table "${s}"."registration"
      add column "status" varchar(10) not null default 'confirmed', add column "waitlisted_at" timestamptz null`);
    this.addSql(`update "${s}"."registration" set "status" = 'declined' where "answer" in ('no', 'maybe')`);
    this.addSql(`create index "registration_occurrence_status_idx" on "${s}"."registration" ("occurrence_id", "status", "waitlisted_at")`);
  }
}
