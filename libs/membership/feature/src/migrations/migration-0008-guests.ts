import { Migration } from '@mikro-orm/migrations';

/**
 * Guests: people beyond the members who register for an occurrence open to them, from its public page.
 * A guest is a member row flagged `guest` (registrations, capacity, reminders, export and erasure work
 * for them unchanged). A request from the public page waits in `join_request` until the link it mailed is
 * opened (double opt-in); its rows also count requests per address and per email for the rate limits.
 * The occurrence copy gains what the public page shows and decides with.
 */
export class Migration0008Guests extends Migration {
  async up(): Promise<void> {
    const s = this.config.get('schema') as string;
    this.addSql(`alter table "${s}"."member" add column "guest" boolean not null default false`);
    this.addSql(`alter table "${s}"."occurrence_ref"
      add column "open_to_guests" boolean not null default false, add column "theme" text null,
      add column "cancellation_reason" text null`);
    this.addSql(`create table "${s}"."join_request" (
      "id" uuid not null primary key, "occurrence_id" uuid not null, "purpose" varchar(10) not null,
      "email" varchar(320) not null, "name" varchar(200) not null, "language" varchar(2) not null,
      "address_hash" varchar(64) not null, "created_at" timestamptz not null, "expires_at" timestamptz not null,
      "confirmed_at" timestamptz null, "member_id" uuid null)`);
    this.addSql(`create index "join_request_email_idx" on "${s}"."join_request" ("email", "created_at")`);
    this.addSql(`create index "join_request_address_idx" on "${s}"."join_request" ("address_hash", "created_at")`);
    this.addSql(`create index "join_request_expires_idx" on "${s}"."join_request" ("expires_at")`);
  }
}
