import { Migration } from '@mikro-orm/migrations';

/** Invitations to co-organise a community, listed per community newest first. */
export class Migration0005Invitations extends Migration {
  async up(): Promise<void> {
    const s = this.config.get('schema') as string;
    this.addSql(`create table "${s}"."invitation" (
      "id" uuid primary key,
      "community_id" uuid not null references "${s}"."community" ("id"),
      "email" varchar(320) not null,
      "name" varchar(255) null,
      "language" varchar(2) not null default 'fr',
      "invited_by" uuid not null references "${s}"."organiser" ("id"),
      "role" varchar(20) not null default 'co-organiser',
      "created_at" timestamptz not null,
      "expires_at" timestamptz not null,
      "accepted_at" timestamptz null,
      "accepted_by" uuid null references "${s}"."organiser" ("id")
    )`);
    this.addSql(`create index "invitation_community_idx" on "${s}"."invitation" ("community_id", "created_at" desc)`);
  }
}
