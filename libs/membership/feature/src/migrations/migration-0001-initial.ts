import { Migration } from '@mikro-orm/migrations';
import { messagingTablesSql } from '@cercle/platform';

export class Migration0001Initial extends Migration {
  async up(): Promise<void> {
    const s = this.config.get('schema') as string;
    for (const sql of messagingTablesSql(s)) this.addSql(sql);
    this.addSql(`create table "${s}"."organiser" ("id" uuid primary key, "name" varchar(255) not null, "created_at" timestamptz not null)`);
    this.addSql(`create table "${s}"."community" (
      "id" uuid primary key, "name" varchar(255) not null, "mattermost_channel_id" varchar(64) null,
      "default_language" varchar(2) not null, "created_at" timestamptz not null)`);
    this.addSql(`create table "${s}"."member" (
      "id" uuid primary key, "community_id" uuid not null references "${s}"."community" ("id"),
      "name" varchar(255) not null, "email" varchar(320) not null, "language" varchar(2) not null,
      "mattermost_username" varchar(64) null, "active" boolean not null, "created_at" timestamptz not null,
      constraint "member_community_id_email_unique" unique ("community_id", "email"))`);
    this.addSql(`create table "${s}"."occurrence_ref" (
      "id" uuid primary key, "series_id" uuid not null, "community_id" uuid not null, "title" varchar(255) not null,
      "starts_at" timestamptz not null, "ends_at" timestamptz not null, "time_zone" varchar(64) not null,
      "status" varchar(20) not null, "registration_open" boolean not null)`);
    this.addSql(`create table "${s}"."registration" (
      "id" uuid primary key, "occurrence_id" uuid not null, "member_id" uuid not null references "${s}"."member" ("id"),
      "answer" varchar(5) not null, "created_at" timestamptz not null, "updated_at" timestamptz not null,
      constraint "registration_occurrence_id_member_id_unique" unique ("occurrence_id", "member_id"))`);
  }
}
