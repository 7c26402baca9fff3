import { Migration } from '@mikro-orm/migrations';

/**
 * Calendar state: the newest version of each occurrence as calendars should show it (the feeds read it),
 * who holds each occurrence in their calendar and at which SEQUENCE (updates and cancellations go to
 * exactly them), and which calendar object each email delivery carries (decided when it is planned).
 */
export class Migration0007CalendarHolders extends Migration {
  async up(): Promise<void> {
    const s = this.config.get('schema') as string;
    this.addSql(`create table "${s}"."calendar_occurrence" (
      "occurrence_id" uuid primary key,
      "series_id" uuid not null,
      "community_id" uuid not null,
      "title" text not null,
      "starts_at" timestamptz not null,
      "ends_at" timestamptz not null,
      "time_zone" varchar(64) not null,
      "location" text null,
      "status" varchar(10) not null check ("status" in ('tentative', 'confirmed', 'cancelled')),
      "sequence" integer not null,
      "updated_at" timestamptz not null
    )`);
    this.addSql(`create index "calendar_occurrence_series_idx" on "${s}"."calendar_occurrence" ("series_id", "starts_at")`);
    this.addSql(`create table "${s}"."calendar_holder" (
      "occurrence_id" uuid not null,
      "member_id" uuid not null,
      "status" varchar(10) not null check ("status" in ('holding', 'cancelled')),
      "sequence" integer not null,
      "occurrence_sequence" integer not null,
      "updated_at" timestamptz not null,
      primary key ("occurrence_id", "member_id")
    )`);
    this.addSql(`create index "calendar_holder_member_idx" on "${s}"."calendar_holder" ("member_id")`);
    this.addSql(`alter table "${s}"."delivery" add column "calendar_method" varchar(10) null, add column "calendar_sequence" integer null`);
    // Invites sent before this table existed are in members' calendars too: rebuilt from the delivery log,
    // so the next change of those occurrences reaches them.
    this.addSql(
      `insert into "${s}"."calendar_holder" ("occurrence_id", "member_id", "status", "sequence", "occurrence_sequence", "updated_at") ${heldCalendarsSql(s)}`,
    );
    this.addSql(`insert into "${s}"."calendar_occurrence"
      ("occurrence_id", "series_id", "community_id", "title", "starts_at", "ends_at", "time_zone", "location", "status", "sequence", "updated_at")
      ${knownOccurrencesSql(s)}`);
  }
}

/**
 * What each member's calendar holds according to the emails sent so far: the newest email that carried a
 * calendar object (the rules calendar objects followed before: a REQUEST for the announcement, a
 * reschedule, a confirmed or maybe answer and a promotion; a CANCEL for a cancellation and a "no").
 */
export function heldCalendarsSql(s: string): string {
  return `select distinct on (x."occurrence_id", d."member_id") x."occurrence_id", d."member_id",
      case when n."kind" = 'cancellation' or n."payload" #>> '{registration,answer}' = 'no' then 'cancelled' else 'holding' end,
      x."sequence", x."sequence", d."created_at"
    from "${s}"."delivery" d
    join "${s}"."notification" n on n."id" = d."notification_id"
    cross join lateral (select (n."payload" #>> '{occurrence,occurrenceId}')::uuid as "occurrence_id",
                               (n."payload" #>> '{occurrence,calendarSequence}')::int as "sequence") x
    where d."channel" = 'email' and d."member_id" is not null and d."status" in ('sent', 'pending')
      and (n."kind" in ('announcement', 'reschedule', 'cancellation')
           or (n."kind" = 'registrationConfirmation' and n."payload" #>> '{registration,status}' <> 'waitlisted')
           or (n."kind" = 'waitingList' and n."payload" #>> '{registration,promoted}' = 'true' and n."payload" #>> '{registration,status}' = 'confirmed'))
    order by x."occurrence_id", d."member_id", d."created_at" desc, x."sequence" desc`;
}

/** The newest version of each occurrence its notifications showed (planned ones arrive with their next change). */
function knownOccurrencesSql(s: string): string {
  return `select distinct on (x."occurrence_id") x."occurrence_id", (o ->> 'seriesId')::uuid, (o ->> 'communityId')::uuid, o ->> 'title',
      (o ->> 'startsAt')::timestamptz, (o ->> 'endsAt')::timestamptz, o ->> 'timeZone', o ->> 'location',
      case when n."kind" = 'cancellation' or o ->> 'cancellationReason' is not null then 'cancelled' else 'confirmed' end,
      x."sequence", n."created_at"
    from "${s}"."notification" n
    cross join lateral (select n."payload" -> 'occurrence' as o) p(o)
    cross join lateral (select (o ->> 'occurrenceId')::uuid as "occurrence_id", (o ->> 'calendarSequence')::int as "sequence") x
    order by x."occurrence_id", x."sequence" desc, n."created_at" desc`;
}
