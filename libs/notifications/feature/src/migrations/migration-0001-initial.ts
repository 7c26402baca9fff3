import { Migration } from '@mikro-orm/migrations';
import { messagingTablesSql } from '@cercle/platform';

export class Migration0001Initial extends Migration {
  async up(): Promise<void> {
    const s = this.config.get('schema') as string;
    for (const sql of messagingTablesSql(s)) this.addSql(sql);
    this.addSql(`create table "${s}"."recipient" (
      "member_id" uuid primary key, "community_id" uuid not null, "name" varchar(255) not null,
      "email" varchar(320) not null, "language" varchar(2) not null, "mattermost_username" varchar(64) null,
      "active" boolean not null)`);
    this.addSql(`create index "recipient_community_id_index" on "${s}"."recipient" ("community_id")`);
    this.addSql(`create table "${s}"."community_channel" (
      "community_id" uuid primary key, "name" varchar(255) not null, "mattermost_channel_id" varchar(64) null,
      "default_language" varchar(2) not null)`);
    this.addSql(`create table "${s}"."notification" (
      "id" uuid primary key, "kind" varchar(40) not null, "payload" jsonb not null, "created_at" timestamptz not null)`);
    this.addSql(`create table "${s}"."delivery" (
      "id" uuid primary key, "notification_id" uuid not null references "${s}"."notification" ("id"),
      "kind" varchar(40) not null, "channel" varchar(20) not null check ("channel" in ('email', 'mattermost-post', 'mattermost-dm')),
      "member_id" uuid null, "address" varchar(320) not null,
      "status" varchar(10) not null check ("status" in ('pending', 'sent', 'failed', 'skipped')),
      "attempts" int not null default 0, "last_error" text null, "provider_answer" text null, "progress" jsonb null,
      "created_at" timestamptz not null, "sent_at" timestamptz null)`);
    // The idempotency key of the delivery log: a person (or, for a channel post, the channel) is told
    // a notification once per channel, whatever the number of times the request arrives.
    this.addSql(`create unique index "delivery_once_unique" on "${s}"."delivery"
      ("notification_id", "channel", (coalesce("member_id"::text, "address")))`);
    this.addSql(`create index "delivery_notification_id_index" on "${s}"."delivery" ("notification_id")`);
    this.addSql(`create index "delivery_status_created_at_index" on "${s}"."delivery" ("status", "created_at")`);
  }
}
