import { DateTime, IANAZone } from 'luxon';
import { InvalidTimeZoneError } from '../errors';
import { resolveLocalTime } from './local-time-reading';
import type { WallClock } from './wall-clock';

export type { WallClock } from './wall-clock';

export const LOCAL_DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
export const LOCAL_TIME_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/;
export const LOCAL_DATE_TIME_PATTERN = /^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d$/;

export function isValidTimeZone(timeZone: string): boolean {
  return IANAZone.isValidZone(timeZone);
}

export function assertTimeZone(timeZone: string): void {
  if (!isValidTimeZone(timeZone)) throw new InvalidTimeZoneError(timeZone);
}

/** True for a calendar date that exists (rejects 2025-02-29, 2025-13-01...), not just a well-shaped string. */
export function isRealLocalDate(value: string): boolean {
  return LOCAL_DATE_PATTERN.test(value) && DateTime.fromISO(value, { zone: 'UTC' }).isValid;
}

export function isRealLocalDateTime(value: string): boolean {
  return LOCAL_DATE_TIME_PATTERN.test(value) && DateTime.fromISO(value, { zone: 'UTC' }).isValid;
}

/** Parses `YYYY-MM-DD` plus `HH:mm` (or a `YYYY-MM-DDTHH:mm`) into wall-clock fields; inputs are pre-validated. */
export function wallClockOf(localDate: string, localTime: string): WallClock {
  const [year, month, day] = localDate.split('-').map(Number);
  const [hour, minute] = localTime.split(':').map(Number);
  return { year, month, day, hour, minute };
}

export function wallClockOfLocalDateTime(localDateTime: string): WallClock {
  const [date, time] = localDateTime.split('T');
  return wallClockOf(date, time);
}

/**
 * The instant at which clocks in `timeZone` show `wallClock`. A time the clocks skip or show twice has no
 * single answer; it is settled as RFC 5545 settles a DTSTART with a TZID (see `resolveLocalTime`), so that a
 * calendar client reading our invites lands on the instant we stored:
 * - a time inside the spring-forward gap (02:30 in Paris on the last Sunday of March) is read with the offset
 *   before the gap: 03:30 summer time, the same elapsed time after midnight;
 * - a time inside the fall-back overlap (02:30 on the last Sunday of October) is the first one, in summer time.
 * Where a person types a date-time, `exactLocalTime` refuses both cases instead.
 */
export function wallClockToInstant(wallClock: WallClock, timeZone: string): Date {
  return resolveLocalTime(wallClock, timeZone);
}

/**
 * rrule's "floating" representation: a Date whose UTC fields carry the local wall-clock fields. rrule does its
 * calendar arithmetic in UTC, so feeding it wall-clock fields keeps 19:00 at 19:00 whatever DST does.
 */
export function wallClockToFloating(wallClock: WallClock): Date {
  return new Date(Date.UTC(wallClock.year, wallClock.month - 1, wallClock.day, wallClock.hour, wallClock.minute));
}

export function floatingToWallClock(floating: Date): WallClock {
  return {
    year: floating.getUTCFullYear(),
    month: floating.getUTCMonth() + 1,
    day: floating.getUTCDate(),
    hour: floating.getUTCHours(),
    minute: floating.getUTCMinutes(),
  };
}

export function instantToWallClock(instant: Date, timeZone: string): WallClock {
  const local = DateTime.fromJSDate(instant, { zone: timeZone });
  return { year: local.year, month: local.month, day: local.day, hour: local.hour, minute: local.minute };
}

export function formatLocalDate(wallClock: WallClock): string {
  return `${wallClock.year}-${pad(wallClock.month)}-${pad(wallClock.day)}`;
}

export function formatLocalTime(wallClock: Pick<WallClock, 'hour' | 'minute'>): string {
  return `${pad(wallClock.hour)}:${pad(wallClock.minute)}`;
}

export function addMinutes(instant: Date, minutes: number): Date {
  return new Date(instant.getTime() + minutes * 60_000);
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/** `YYYY-MM-DDTHH:mm` on the clocks of `timeZone` → the instant (DST gaps and overlaps settled as in wallClockToInstant). */
export function localDateTimeToInstant(localDateTime: string, timeZone: string): Date {
  assertTimeZone(timeZone);
  return wallClockToInstant(wallClockOfLocalDateTime(localDateTime), timeZone);
}

/** The instant as `YYYY-MM-DDTHH:mm` on the clocks of `timeZone`. */
export function formatLocalDateTime(instant: Date, timeZone: string): string {
  const wallClock = instantToWallClock(instant, timeZone);
  return `${formatLocalDate(wallClock)}T${formatLocalTime(wallClock)}`;
}
