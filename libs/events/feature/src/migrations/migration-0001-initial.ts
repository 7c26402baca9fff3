import { Migration } from '@mikro-orm/migrations';
import { messagingTablesSql } from '@cercle/platform';

export class Migration0001Initial extends Migration {
  async up(): Promise<void> {
    const s = this.config.get('schema') as string;
    // Entities hold plain ids (no ORM relations), so MikroORM does not order inserts by foreign key:
    // the keys are checked at commit, when the whole transaction (series, occurrence, steps) is in.
    const deferred = ' deferrable initially deferred';
    for (const sql of messagingTablesSql(s)) this.addSql(sql);
    this.addSql(`create table "${s}"."community_ref" (
      "id" uuid primary key, "name" varchar(255) not null, "mattermost_channel_id" varchar(64) null,
      "default_language" varchar(2) not null)`);
    this.addSql(`create table "${s}"."series" (
      "id" uuid primary key, "community_id" uuid not null references "${s}"."community_ref" ("id")${deferred},
      "organiser_id" uuid not null, "title" varchar(255) not null, "format_id" varchar(64) not null,
      "rrule" varchar(500) not null, "first_date" varchar(10) not null, "start_time" varchar(5) not null,
      "time_zone" varchar(64) not null, "duration_minutes" int not null, "location" varchar(255) null,
      "step_offsets" jsonb not null, "created_at" timestamptz not null)`);
    this.addSql(`create table "${s}"."occurrence" (
      "id" uuid primary key, "series_id" uuid not null references "${s}"."series" ("id")${deferred}, "key" varchar(10) not null,
      "starts_at" timestamptz not null, "ends_at" timestamptz not null, "status" varchar(20) not null,
      "theme" varchar(255) null, "guide_member_id" uuid null, "contributor_member_ids" jsonb not null,
      "next_roles_recorded_at" timestamptz null, "next_theme" varchar(255) null, "next_guide_member_id" uuid null,
      "next_contributor_member_ids" jsonb not null, "created_at" timestamptz not null,
      constraint "occurrence_series_id_key_unique" unique ("series_id", "key"))`);
    this.addSql(`create table "${s}"."occurrence_step" (
      "occurrence_id" uuid not null references "${s}"."occurrence" ("id")${deferred}, "step" varchar(40) not null,
      "due_at" timestamptz not null, "state" varchar(10) not null, "done_at" timestamptz null, "outcome" text null,
      primary key ("occurrence_id", "step"))`);
    // No foreign key to occurrence: registrations arrive from membership and must not fail on ordering.
    this.addSql(`create table "${s}"."registration_answer" (
      "registration_id" uuid primary key, "occurrence_id" uuid not null, "member_id" uuid not null,
      "answer" varchar(5) not null, "recorded_at" timestamptz not null)`);
    this.addSql(`create index "registration_answer_occurrence_idx" on "${s}"."registration_answer" ("occurrence_id")`);
    this.addSql(`create table "${s}"."topic_proposal" (
      "registration_id" uuid primary key, "occurrence_id" uuid not null, "member_id" uuid not null,
      "proposer_name" varchar(255) not null, "title" varchar(255) not null, "kind" varchar(20) not null,
      "description" text null, "proposed_at" timestamptz not null)`);
    this.addSql(`create index "topic_proposal_occurrence_idx" on "${s}"."topic_proposal" ("occurrence_id")`);
    this.addSql(`create table "${s}"."occurrence_note" (
      "occurrence_id" uuid not null references "${s}"."occurrence" ("id")${deferred}, "workshop" varchar(255) not null,
      "scribe_name" varchar(255) null, "markdown" text not null, "submitted_at" timestamptz not null,
      primary key ("occurrence_id", "workshop"))`);
  }
}
