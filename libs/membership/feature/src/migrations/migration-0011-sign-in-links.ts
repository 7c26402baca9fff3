import { Migration } from '@mikro-orm/migrations';

/**
 * The console's sign-in links: single-use and short-lived, kept by hash only (the link itself exists
 * in the organiser's mailbox and nowhere else).
 */
export class Migration0011SignInLinks extends Migration {
  async up(): Promise<void> {
    const s = this.config.get('schema') as string;
    this.addSql(`create table "${s}"."sign_in_link" (
      "id" uuid primary key,
      "organiser_id" uuid not null references "${s}"."organiser" ("id") on delete cascade,
      "token_hash" varchar(64) not null unique,
      "created_at" timestamptz not null,
      "expires_at" timestamptz not null,
      "used_at" timestamptz null
    )`);
    this.addSql(`create index "sign_in_link_organiser_idx" on "${s}"."sign_in_link" ("organiser_id", "created_at")`);
  }
}
