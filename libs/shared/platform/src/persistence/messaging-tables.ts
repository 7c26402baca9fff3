/**
 * DDL of the outbox and inbox tables that every service's first migration creates in its own schema.
 * outbox_message: written in the same transaction as the state change, dispatched by the relay.
 * processed_message: one row per consumed message id, written in the handler's transaction, so that a
 * message delivered twice is applied once.
 * known_token: the organiser API token hashes this service accepts (see KnownToken).
 */
export function messagingTablesSql(schema: string): string[] {
  return [
    `create table "${schema}"."outbox_message" (
      "id" uuid primary key,
      "message_id" uuid not null,
      "queue" varchar(100) not null,
      "name" varchar(100) not null,
      "version" int not null,
      "payload" jsonb not null,
      "job_id" varchar(200) null,
      "available_at" timestamptz not null,
      "created_at" timestamptz not null,
      "dispatched_at" timestamptz null
    )`,
    `create index "outbox_message_pending_idx" on "${schema}"."outbox_message" ("created_at") where "dispatched_at" is null`,
    `create table "${schema}"."processed_message" (
      "message_id" uuid not null,
      "queue" varchar(100) not null,
      "name" varchar(100) not null,
      "processed_at" timestamptz not null,
      primary key ("message_id", "queue")
    )`,
    `create table "${schema}"."known_token" (
      "token_hash" varchar(64) primary key,
      "token_id" uuid not null,
      "organiser_id" uuid not null,
      "organiser_name" varchar(255) not null,
      "revoked_at" timestamptz null
    )`,
  ];
}
