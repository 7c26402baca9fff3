import { DateTime } from 'luxon';

/**
 * The first day of the month in which the zone next changes its UTC offset, at least `leadDays` from
 * `now`. A monthly series starting that day has its first occurrence before the change (the rule's
 * weekday falls in the first two weeks; European changes happen on the last Sunday) and its next one
 * after it, so two consecutive occurrences straddle a DST change.
 */
export function monthOfNextOffsetChange(now: Date, timeZone: string, leadDays: number): { firstDate: string; changeAt: string } {
  let day = DateTime.fromJSDate(now, { zone: timeZone }).startOf('day').plus({ days: leadDays });
  for (let i = 0; i < 800; i++) {
    const next = day.plus({ days: 1 });
    if (next.offset !== day.offset) {
      if (day.day <= 14) {
        // Too early in the month for the rule's weekday to come before the change: take the next change.
        day = next;
        continue;
      }
      return { firstDate: day.startOf('month').toISODate()!, changeAt: next.toISODate()! };
    }
    day = next;
  }
  throw new Error(`The time zone ${timeZone} does not change its offset within two years: choose one with DST.`);
}
