import { DateTime } from 'luxon';

/** The rhythms an organiser picks from; `custom` takes an RRULE as typed. */
export const RECURRENCE_PATTERNS = ['monthly-nth', 'monthly-last', 'weekly', 'biweekly', 'custom'] as const;
export type RecurrencePattern = (typeof RECURRENCE_PATTERNS)[number];

const BYDAY = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

/**
 * The RRULE of a rhythm anchored on the first date: "monthly-nth" on 2027-01-14 (the 2nd Thursday) is
 * every 2nd Thursday. Null when the date is not a real YYYY-MM-DD (the form reports it on that field).
 */
export function rruleFor(pattern: RecurrencePattern, firstDate: string, custom = ''): string | null {
  if (pattern === 'custom') return custom.trim() || null;
  const day = DateTime.fromISO(firstDate, { zone: 'UTC' });
  if (!/^\d{4}-\d{2}-\d{2}$/.test(firstDate) || !day.isValid) return null;
  const weekday = BYDAY[day.weekday - 1];
  switch (pattern) {
    case 'weekly':
      return `FREQ=WEEKLY;BYDAY=${weekday}`;
    case 'biweekly':
      return `FREQ=WEEKLY;INTERVAL=2;BYDAY=${weekday}`;
    case 'monthly-nth':
      return `FREQ=MONTHLY;BYDAY=${Math.ceil(day.day / 7)}${weekday}`;
    case 'monthly-last':
      return `FREQ=MONTHLY;BYDAY=-1${weekday}`;
  }
}
