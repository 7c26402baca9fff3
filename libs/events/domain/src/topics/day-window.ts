import { DateTime } from 'luxon';

/** Before the day the page says when it opens; after it, that the day is over; on it, people act. */
export type DayPhase = 'before' | 'open' | 'after';

export interface DayWindow {
  /** Local midnight at the start of the occurrence's first day. */
  opensAt: Date;
  /** Local midnight after the occurrence's last day. */
  closesAt: Date;
}

/**
 * The calendar day(s) of an occurrence in its own time zone: what "on the day" means for the room's page.
 * The whole local day, not only the opening hours, so people arriving early or staying late can still use it.
 */
export function dayWindow(startsAt: Date, endsAt: Date, timeZone: string): DayWindow {
  const opens = DateTime.fromJSDate(startsAt, { zone: timeZone }).startOf('day');
  const closes = DateTime.fromJSDate(endsAt, { zone: timeZone }).startOf('day').plus({ days: 1 });
  return { opensAt: opens.toJSDate(), closesAt: closes.toJSDate() };
}

export function dayPhase(window: DayWindow, now: Date): DayPhase {
  if (now < window.opensAt) return 'before';
  return now < window.closesAt ? 'open' : 'after';
}

/** How many topics people may add on the day through the room's page: far above a real forum, a stop for a runaway script. */
export const MAX_TOPICS_ADDED_ON_THE_DAY = 150;
