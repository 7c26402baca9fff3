import type { EntityManager } from '@mikro-orm/postgresql';
import { DateTime } from 'luxon';
import type { PayloadOf } from '@cercle/contracts';
import type { CalendarStatus, OccurrenceVersion } from '../calendar/calendar-state';

type Request = PayloadOf<'notification.requested'>;

export const OCCURRENCE_CANCELLED =
  'The occurrence was cancelled after this message was written: it would tell of a gathering that no longer takes place';
export const RESCHEDULE_SUPERSEDED = 'The occurrence changed again after this message was written: a later message gives its current date';

/** The newest version of an occurrence notifications keeps (`calendar_occurrence`), as far as a message needs it. */
export type KeptOccurrence = Pick<OccurrenceVersion, 'title' | 'startsAt' | 'endsAt' | 'timeZone' | 'location' | 'status' | 'sequence'>;

export async function keptOccurrence(em: EntityManager, occurrenceId: string): Promise<KeptOccurrence | null> {
  const schema = em.config.get('schema') as string;
  const [row] = await em.getConnection().execute<
    Array<{
      title: string;
      starts_at: Date;
      ends_at: Date;
      time_zone: string;
      location: string | null;
      status: CalendarStatus;
      sequence: number;
    }>
  >(`select "title", "starts_at", "ends_at", "time_zone", "location", "status", "sequence" from "${schema}"."calendar_occurrence" where "occurrence_id" = ?`, [occurrenceId], 'all', em.getTransactionContext());
  if (!row) return null;
  const iso = (at: Date | string) => new Date(at).toISOString();
  return {
    title: row.title,
    startsAt: iso(row.starts_at),
    endsAt: iso(row.ends_at),
    timeZone: row.time_zone,
    location: row.location,
    status: row.status,
    sequence: row.sequence,
  };
}

/**
 * A message is sent as current, whenever it goes out (first try, retry or resend), or not at all:
 * - one that does not know of a cancellation events has since made is skipped (a role, a reminder, a new
 *   date for a gathering that no longer takes place would mislead);
 * - a new date that a later change superseded is skipped (the later message says where things stand);
 * - any other message older than the kept version is rendered with the current title, date, zone and
 *   place, and its invite carries the current SEQUENCE, so nobody is sent back to an old date.
 * Only the occurrence's facts notifications keeps are brought up to date; the rest (roles, registration)
 * is the message's own.
 */
export function againstCurrent(
  request: Request,
  kept: KeptOccurrence | null,
): { skipped: string } | { request: Request; outdated: boolean } {
  const knowsOfCancellation = request.kind === 'cancellation' || request.occurrence.cancellationReason !== null;
  if (kept?.status === 'cancelled' && !knowsOfCancellation) return { skipped: OCCURRENCE_CANCELLED };
  if (!kept || kept.sequence <= request.occurrence.calendarSequence || knowsOfCancellation) return { request, outdated: false };
  if (request.kind === 'reschedule') return { skipped: RESCHEDULE_SUPERSEDED };
  const { title, startsAt, endsAt, timeZone, location, sequence } = kept;
  const o = request.occurrence;
  const shift = shiftBy(minutesOfDay(startsAt, timeZone) - minutesOfDay(o.startsAt, o.timeZone));
  return {
    request: {
      ...request,
      occurrence: {
        ...o,
        title,
        startsAt,
        endsAt,
        timeZone,
        location,
        calendarSequence: sequence,
        // The agenda and the programme's slots move with the start: their offsets from it are the format's.
        agenda: o.agenda.map((item) => ({ ...item, localStart: shift(item.localStart), localEnd: shift(item.localEnd) })),
        topics: o.topics?.map((t) => ({
          ...t,
          localStart: t.localStart && shift(t.localStart),
          localEnd: t.localEnd && shift(t.localEnd),
        })),
      },
    },
    outdated: true,
  };
}

function minutesOfDay(iso: string, timeZone: string): number {
  const at = DateTime.fromISO(iso, { zone: timeZone });
  return at.hour * 60 + at.minute;
}

/** Moves a wall-clock `HH:mm` by some minutes, around the clock. */
function shiftBy(minutes: number): (hhmm: string) => string {
  return (hhmm) => {
    const [h, m] = hhmm.split(':').map(Number);
    if (!Number.isFinite(h) || !Number.isFinite(m) || minutes === 0) return hhmm;
    const total = (((h * 60 + m + minutes) % 1440) + 1440) % 1440;
    return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
  };
}
