import type { PayloadOf } from '@cercle/contracts';
import { decideCalendar, wantedMethod, type CalendarMethod, type HolderState, type KnownOccurrence } from './calendar-decision';

type Request = PayloadOf<'notification.requested'>;
type Execute = <T = Record<string, unknown>>(sql: string, params: unknown[]) => Promise<T[]>;

const CHUNK = 1000;

export type CalendarStatus = 'tentative' | 'confirmed' | 'cancelled';

/** An occurrence as calendars should show it, from an `occurrence.changed` or a notification's snapshot. */
export interface OccurrenceVersion {
  occurrenceId: string;
  seriesId: string;
  communityId: string;
  title: string;
  startsAt: string;
  endsAt: string;
  timeZone: string;
  location: string | null;
  status: CalendarStatus;
  sequence: number;
}

/**
 * Keeps the newest version of an occurrence: messages from events can arrive out of order, and an older
 * calendar revision must never replace a newer one (an equal one may: registration opening or closing
 * changes nothing a calendar shows, a title or place edit does).
 */
export async function keepOccurrenceVersion(execute: Execute, schema: string, o: OccurrenceVersion, now: Date): Promise<void> {
  await execute(
    `insert into "${schema}"."calendar_occurrence"
       ("occurrence_id", "series_id", "community_id", "title", "starts_at", "ends_at", "time_zone", "location", "status", "sequence", "updated_at")
     values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
     on conflict ("occurrence_id") do update set
       "title" = excluded."title", "starts_at" = excluded."starts_at", "ends_at" = excluded."ends_at",
       "time_zone" = excluded."time_zone", "location" = excluded."location", "status" = excluded."status",
       "sequence" = excluded."sequence", "updated_at" = excluded."updated_at"
     where excluded."sequence" >= "calendar_occurrence"."sequence"`,
    [o.occurrenceId, o.seriesId, o.communityId, o.title, o.startsAt, o.endsAt, o.timeZone, o.location, o.status, o.sequence, now],
  );
}

/** The occurrence as a notification shows it: announced (so confirmed) unless this is its cancellation. */
export function versionOfRequest(request: Request): OccurrenceVersion {
  const o = request.occurrence;
  const cancelled = request.kind === 'cancellation' || o.cancellationReason !== null;
  return {
    occurrenceId: o.occurrenceId,
    seriesId: o.seriesId,
    communityId: o.communityId,
    title: o.title,
    startsAt: o.startsAt,
    endsAt: o.endsAt,
    timeZone: o.timeZone,
    location: o.location,
    status: cancelled ? 'cancelled' : 'confirmed',
    sequence: o.calendarSequence,
  };
}

/** Members who hold the occurrence in their calendar: sent a REQUEST, not cancelled for them since. */
export async function calendarHolderIds(execute: Execute, schema: string, occurrenceId: string): Promise<string[]> {
  const rows = await execute<{ member_id: string }>(
    `select "member_id" from "${schema}"."calendar_holder" where "occurrence_id" = ? and "status" = 'holding' order by "member_id"`,
    [occurrenceId],
  );
  return rows.map((r) => r.member_id);
}

export interface PlannedCalendar {
  method: CalendarMethod;
  sequence: number;
}

/**
 * Decides the calendar object of each person about to be emailed, and records what their calendar holds
 * after it, in the planning transaction: a change planned next (a move right after the announcement)
 * already reaches them, and the delivery log sends what was planned. Plans for one occurrence take turns
 * (a transaction-scoped lock), so two changes never both read the same holder state.
 */
export async function planCalendar(
  execute: Execute,
  schema: string,
  request: Request,
  memberIds: string[],
  now: Date,
): Promise<Map<string, PlannedCalendar>> {
  const planned = new Map<string, PlannedCalendar>();
  const occurrenceId = request.occurrence.occurrenceId;
  await execute(`select pg_advisory_xact_lock(hashtext(?))`, [`calendar:${occurrenceId}`]);
  await keepOccurrenceVersion(execute, schema, versionOfRequest(request), now);
  const concernsCalendars = wantedMethod(request, true) !== null || wantedMethod(request, false) !== null;
  if (!memberIds.length || !concernsCalendars) return planned;

  const [known] = await execute<{ sequence: number; status: string }>(
    `select "sequence", "status" from "${schema}"."calendar_occurrence" where "occurrence_id" = ?`,
    [occurrenceId],
  );
  const knownOccurrence: KnownOccurrence | null = known ? { sequence: known.sequence, cancelled: known.status === 'cancelled' } : null;
  const rows = await execute<{ member_id: string; status: HolderState['status']; sequence: number; occurrence_sequence: number }>(
    `select "member_id", "status", "sequence", "occurrence_sequence" from "${schema}"."calendar_holder" where "occurrence_id" = ? and "member_id" = any(?::uuid[])`,
    [occurrenceId, `{${memberIds.join(',')}}`],
  );
  const kept = new Map(
    rows.map((r) => [r.member_id, { status: r.status, sequence: r.sequence, occurrenceSequence: r.occurrence_sequence }]),
  );
  const changed: Array<[string, HolderState]> = [];
  for (const memberId of memberIds) {
    const before = kept.get(memberId) ?? null;
    const decision = decideCalendar(request, before, knownOccurrence);
    if (!decision) continue;
    planned.set(memberId, { method: decision.method, sequence: decision.sequence });
    if (decision.next !== before) changed.push([memberId, decision.next]);
  }
  // In chunks: a statement takes at most 65,535 parameters, and a large community's announcement is one plan.
  for (let i = 0; i < changed.length; i += CHUNK) {
    const chunk = changed.slice(i, i + CHUNK);
    await execute(
      `insert into "${schema}"."calendar_holder" ("occurrence_id", "member_id", "status", "sequence", "occurrence_sequence", "updated_at")
       values ${chunk.map(() => `(?, ?, ?, ?, ?, ?)`).join(', ')}
       on conflict ("occurrence_id", "member_id") do update set
         "status" = excluded."status", "sequence" = excluded."sequence",
         "occurrence_sequence" = excluded."occurrence_sequence", "updated_at" = excluded."updated_at"`,
      chunk.flatMap(([memberId, next]) => [occurrenceId, memberId, next.status, next.sequence, next.occurrenceSequence, now]),
    );
  }
  return planned;
}
