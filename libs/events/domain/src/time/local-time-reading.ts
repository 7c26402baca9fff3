import { DateTime, IANAZone } from 'luxon';
import { AmbiguousLocalTimeError, InvalidTimeZoneError, LocalTimeProblem, NonexistentLocalTimeError } from '../errors';
// Types only: zoned-time builds on this file, not the other way round.
import type { WallClock } from './zoned-time';

/** One real instant a wall-clock reading can stand for, with the UTC offset the clocks show then. */
export interface LocalTimeCandidate {
  /** `YYYY-MM-DDTHH:mm` as the clocks of the zone show it at `instant`. */
  localDateTime: string;
  /** The zone's UTC offset at `instant`, written `+HH:mm` / `-HH:mm`. */
  offset: string;
  instant: Date;
}

/**
 * How a wall-clock date-time reads in a time zone:
 * - `valid`: it happens exactly once;
 * - `nonexistent`: it falls in the gap when clocks go forward. `earlier` and `later` are the two readings
 *   of it in the offsets on either side of the gap (02:30 Paris on a spring-forward night: 01:30 +01:00,
 *   read with the summer offset, and 03:30 +02:00, read with the winter one), so both keep its minutes;
 * - `ambiguous`: it happens twice when clocks go back. `earlier` is the first time round (still in the
 *   offset before the change), `later` the second.
 */
export type LocalTimeReading =
  | { kind: 'valid'; instant: Date; offset: string }
  | { kind: 'nonexistent'; earlier: LocalTimeCandidate; later: LocalTimeCandidate }
  | { kind: 'ambiguous'; earlier: LocalTimeCandidate; later: LocalTimeCandidate };

const HOUR_MS = 3_600_000;
// No zone changes its offset twice within a day, so the offsets a day either side are the only ones a
// wall-clock time near a transition can be read in.
const PROBE_MS = 24 * HOUR_MS;

export function readLocalTime(wallClock: WallClock, timeZone: string): LocalTimeReading {
  const zone = IANAZone.create(timeZone);
  if (!zone.isValid) throw new InvalidTimeZoneError(timeZone);
  const asUtc = Date.UTC(wallClock.year, wallClock.month - 1, wallClock.day, wallClock.hour, wallClock.minute);
  const offsetBefore = zone.offset(asUtc - PROBE_MS);
  const offsetAfter = zone.offset(asUtc + PROBE_MS);
  // An offset fits when the instant it gives is one at which the zone really has that offset.
  const fitting = [...new Set([offsetBefore, offsetAfter])]
    .map((offset) => asUtc - offset * 60_000)
    .filter((instant) => zone.offset(instant) * 60_000 === asUtc - instant)
    .sort((a, b) => a - b);
  if (fitting.length === 1) return { kind: 'valid', instant: new Date(fitting[0]), offset: formatOffset(zone.offset(fitting[0])) };
  if (fitting.length === 2) {
    return { kind: 'ambiguous', earlier: candidateAt(fitting[0], timeZone), later: candidateAt(fitting[1], timeZone) };
  }
  // In the gap: read with the later (larger) offset it lands before the change, with the earlier one after it.
  return {
    kind: 'nonexistent',
    earlier: candidateAt(asUtc - offsetAfter * 60_000, timeZone),
    later: candidateAt(asUtc - offsetBefore * 60_000, timeZone),
  };
}

/**
 * The one instant a wall-clock time stands for, decided the way RFC 5545 (3.3.5) tells calendar clients to
 * read a DTSTART with a TZID, so that the times Cercle stores and the invites it sends agree:
 * a time that happens twice means the first one; a time in the spring-forward gap is read with the offset
 * before the gap (02:30 Paris becomes 03:30 summer time, the same elapsed time after midnight).
 */
export function resolveLocalTime(wallClock: WallClock, timeZone: string): Date {
  const reading = readLocalTime(wallClock, timeZone);
  if (reading.kind === 'valid') return reading.instant;
  return reading.kind === 'ambiguous' ? reading.earlier.instant : reading.later.instant;
}

/**
 * The instant of a local date-time someone typed (`YYYY-MM-DDTHH:mm`, already checked to be a real date),
 * refusing one the zone's clocks skip or show twice: guessing there would put a meeting an hour off.
 */
export function exactLocalTime(localDateTime: string, timeZone: string): Date {
  const [year, month, day, hour, minute] = localDateTime.split(/[-T:]/).map(Number);
  const reading = readLocalTime({ year, month, day, hour, minute }, timeZone);
  if (reading.kind === 'valid') return reading.instant;
  const problem: LocalTimeProblem = {
    localDateTime,
    timeZone,
    nearest: [reading.earlier, reading.later].map(({ localDateTime: local, offset, instant }) => ({ localDateTime: local, offset, startsAt: instant.toISOString() })),
  };
  throw reading.kind === 'nonexistent' ? new NonexistentLocalTimeError(problem) : new AmbiguousLocalTimeError(problem);
}

function candidateAt(instant: number, timeZone: string): LocalTimeCandidate {
  const local = DateTime.fromMillis(instant, { zone: timeZone });
  return { localDateTime: local.toFormat("yyyy-MM-dd'T'HH:mm"), offset: formatOffset(local.offset), instant: new Date(instant) };
}

function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}
