import ical, { ICalEventStatus } from 'ical-generator';
import { DateTime } from 'luxon';
import { buildVTimezoneSpanning } from './vtimezone';

export interface FeedEvent {
  /** The same UID as the invites, so a subscribed calendar and an invite speak of one event. */
  uid: string;
  sequence: number;
  startsAt: string;
  endsAt: string;
  timeZone: string;
  summary: string;
  description?: string;
  location?: string;
  url?: string;
  status: 'TENTATIVE' | 'CONFIRMED' | 'CANCELLED';
  /** When Cercle last changed what this entry shows (LAST-MODIFIED). */
  updatedAt: string;
}

export interface CalendarFeedInput {
  name: string;
  events: FeedEvent[];
  /** When the feed was read (DTSTAMP); from the caller's clock, the domain has none. */
  stamp: string;
}

const STATUS: Record<FeedEvent['status'], ICalEventStatus> = {
  TENTATIVE: ICalEventStatus.TENTATIVE,
  CONFIRMED: ICalEventStatus.CONFIRMED,
  CANCELLED: ICalEventStatus.CANCELLED,
};

function zoned(iso: string, zone: string): DateTime {
  const dt = DateTime.fromISO(iso).setZone(zone);
  if (!dt.isValid) throw new RangeError(`Invalid date ${iso} in ${zone}: ${dt.invalidExplanation ?? ''}`);
  return dt;
}

/**
 * A subscribable calendar (RFC 5545, no METHOD: it is published, not an invitation): calendar apps
 * re-read it and follow each event by UID, SEQUENCE and STATUS, a cancelled one included so that it goes.
 */
export function buildCalendarFeed(input: CalendarFeedInput): string {
  // A subscribed calendar is read again every few hours: asking for about that is polite to both sides.
  const calendar = ical({ prodId: { company: 'Cercle', product: 'Cercle', language: 'FR' }, name: input.name, ttl: 6 * 3600 });
  const zones = new Map<string, string[]>();
  for (const e of input.events) {
    calendar.createEvent({
      id: e.uid,
      sequence: e.sequence,
      stamp: zoned(input.stamp, 'utc'),
      lastModified: zoned(e.updatedAt, 'utc'),
      start: zoned(e.startsAt, e.timeZone),
      end: zoned(e.endsAt, e.timeZone),
      timezone: e.timeZone,
      summary: e.summary,
      description: e.description ?? null,
      location: e.location ?? null,
      url: e.url ?? null,
      status: STATUS[e.status],
    });
    zones.set(e.timeZone, [...(zones.get(e.timeZone) ?? []), e.startsAt]);
  }
  if (!input.events.length) return calendar.toString();
  const vtimezones = [...zones].map(([zone, isos]) => buildVTimezoneSpanning(zone, isos)).join('\r\n');
  return calendar.toString().replace('BEGIN:VEVENT', `${vtimezones}\r\nBEGIN:VEVENT`);
}
