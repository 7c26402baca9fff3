/**
 * DDL of the access tables every service keeps in its own schema (each service's migration that
 * introduced organiser access runs it): the tokens' name, read-only flag and expiry, and who organises
 * which community (see CommunityOrganiser).
 */
export function accessTablesSql(schema: string): string[] {
  return [
    `alter table "${schema}"."known_token"
      add column "name" varchar(100) not null default 'default',
      add column "read_only" boolean not null default false,
      add column "expires_at" timestamptz null`,
    `create index "known_token_organiser_idx" on "${schema}"."known_token" ("organiser_id")`,
    `create table "${schema}"."community_organiser" (
      "community_id" uuid not null,
      "organiser_id" uuid not null,
      "organiser_name" varchar(255) not null,
      "role" varchar(20) not null,
      "active" boolean not null default true,
      "revision" int not null,
      primary key ("community_id", "organiser_id")
    )`,
    `create index "community_organiser_organiser_idx" on "${schema}"."community_organiser" ("organiser_id") where "active"`,
  ];
}
