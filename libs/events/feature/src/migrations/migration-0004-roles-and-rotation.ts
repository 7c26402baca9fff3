import { Migration } from '@mikro-orm/migrations';

/** Contributions and readiness, rotation preferences, answers to next roles, and the one-time introduction. */
export class Migration0004RolesAndRotation extends Migration {
  async up(): Promise<void> {
    const s = this.config.get('schema') as string;
    const deferred = ' deferrable initially deferred';
    this.addSql(`create table "${s}"."contribution" (
      "occurrence_id" uuid not null references "${s}"."occurrence" ("id")${deferred}, "member_id" uuid not null,
      "kind" varchar(20) null, "title" varchar(255) null, "prep_status" varchar(20) not null,
      "materials_url" varchar(2000) null, "updated_at" timestamptz not null, primary key ("occurrence_id", "member_id"))`);
    this.addSql(`create table "${s}"."rotation_preference" (
      "member_id" uuid primary key, "volunteer" boolean not null, "away_until" varchar(10) null, "updated_at" timestamptz not null)`);
    this.addSql(`create table "${s}"."role_response" (
      "occurrence_id" uuid not null references "${s}"."occurrence" ("id")${deferred}, "member_id" uuid not null,
      "role" varchar(20) not null, "answer" varchar(10) not null, "asked_at" timestamptz not null default now(), "answered_at" timestamptz null,
      primary key ("occurrence_id", "member_id"))`);
    this.addSql(`create table "${s}"."contributors_intro" (
      "occurrence_id" uuid primary key references "${s}"."occurrence" ("id")${deferred}, "message_id" uuid not null,
      "sent_at" timestamptz not null default now())`);
  }
}
