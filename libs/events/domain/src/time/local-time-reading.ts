import { DateTime, IANAZone } from 'luxon';
import {
  AmbiguousLocalTimeError,
  InvalidTimeZoneError,
  LocalTimeProblem,
  NonexistentLocalTimeError,
  WrongLocalOffsetError,
} from '../errors';
// Types only: zoned-time builds on this file, not the other way round.
import type { WallClock } from './wall-clock';

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
  return settle(readLocalTime(wallClock, timeZone));
}

function settle(reading: LocalTimeReading): Date {
  if (reading.kind === 'valid') return reading.instant;
  return reading.kind === 'ambiguous' ? reading.earlier.instant : reading.later.instant;
}

/** A local start as people write it: `YYYY-MM-DDTHH:mm`, optionally pinned to one reading by its offset (`+01:00`). */
const LOCAL_START = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})([+-]\d{2}:\d{2})?$/;

/**
 * The instant of a local start someone typed (already checked to be a real date), refusing one the zone's
 * clocks skip or show twice: guessing there would put a meeting an hour off. A time shown twice is taken
 * when its offset says which reading is meant (`2026-10-25T02:30+01:00`, the second).
 */
export function exactLocalTime(localStart: string, timeZone: string): Date {
  const { localDateTime, offset, reading } = readLocalStart(localStart, timeZone);
  const readings = readingsOf(reading, localDateTime);
  if (offset === null && reading.kind === 'valid') return reading.instant;
  const chosen = offset === null ? undefined : readings.find((candidate) => candidate.offset === offset);
  if (chosen) return chosen.instant;
  const nearest = (reading.kind === 'nonexistent' ? [reading.earlier, reading.later] : readings).map((candidate) => ({
    localDateTime: candidate.localDateTime,
    offset: candidate.offset,
    startsAt: candidate.instant.toISOString(),
  }));
  const problem: LocalTimeProblem = { localDateTime, timeZone, nearest };
  if (reading.kind === 'nonexistent') throw new NonexistentLocalTimeError(problem);
  if (reading.kind === 'ambiguous' && offset === null) throw new AmbiguousLocalTimeError(problem);
  throw new WrongLocalOffsetError(localStart, problem);
}

/**
 * The instant a stored local start stands for, for expansion: its own offset when it has one that the zone
 * has then, otherwise RFC 5545's choice (`resolveLocalTime`).
 */
export function resolveLocalStart(localStart: string, timeZone: string): Date {
  const { localDateTime, offset, reading } = readLocalStart(localStart, timeZone);
  const pinned = offset === null ? undefined : readingsOf(reading, localDateTime).find((candidate) => candidate.offset === offset);
  return pinned ? pinned.instant : settle(reading);
}

/** How to write an instant as a local start that reads back to it: the offset is added only where clocks show the time twice. */
export function formatLocalStart(instant: Date, timeZone: string): string {
  const candidate = candidateAt(instant.getTime(), timeZone);
  const { reading } = readLocalStart(candidate.localDateTime, timeZone);
  return reading.kind === 'ambiguous' ? `${candidate.localDateTime}${candidate.offset}` : candidate.localDateTime;
}

export function isLocalStartShape(value: string): boolean {
  return LOCAL_START.test(value);
}

function readLocalStart(localStart: string, timeZone: string) {
  const match = LOCAL_START.exec(localStart);
  if (!match) throw new RangeError(`Not a local start: "${localStart}"`);
  const [year, month, day, hour, minute] = match.slice(1, 6).map(Number);
  return {
    localDateTime: localStart.slice(0, 16),
    offset: match[6] ?? null,
    reading: readLocalTime({ year, month, day, hour, minute }, timeZone),
  };
}

/** The real instants a reading stands for: none, one, or two. */
function readingsOf(reading: LocalTimeReading, localDateTime: string): LocalTimeCandidate[] {
  if (reading.kind === 'ambiguous') return [reading.earlier, reading.later];
  if (reading.kind === 'nonexistent') return [];
  return [{ localDateTime, offset: reading.offset, instant: reading.instant }];
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
