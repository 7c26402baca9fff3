import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import { DateTime } from 'luxon';
import { headerSafe } from './header-safe';
import { buildVTimezone } from './vtimezone';

export interface CalendarPerson {
  name: string;
  email: string;
}

export interface CalendarInviteInput {
  /** Stable per occurrence (and recipient if wanted): clients match updates and cancellations by UID. */
  uid: string;
  /** Raised on every change sent for the same UID, or clients ignore the update. */
  sequence: number;
  method: 'REQUEST' | 'CANCEL';
  startsAt: string;
  endsAt: string;
  timeZone: string;
  summary: string;
  description: string;
  location?: string;
  url?: string;
  organizer: CalendarPerson;
  attendee?: CalendarPerson;
  /** When this version of the invite was made (DTSTAMP); from the caller's clock, the domain has none. */
  stamp: string;
}

function zoned(iso: string, zone: string): DateTime {
  const dt = DateTime.fromISO(iso).setZone(zone);
  if (!dt.isValid) throw new RangeError(`Invalid date ${iso} in ${zone}: ${dt.invalidExplanation ?? ''}`);
  return dt;
}

/** An iTIP (RFC 5546) calendar object, ready to travel as a text/calendar email part. */
export function buildCalendarInvite(input: CalendarInviteInput): string {
  const cancel = input.method === 'CANCEL';
  const calendar = ical({
    prodId: { company: 'Cercle', product: 'Cercle', language: 'FR' },
    method: cancel ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.REQUEST,
  });
  // No calendar-level timezone: ical-generator would then write DTSTAMP in local time, which
  // RFC 5545 forbids. The event's own timezone gives DTSTART;TZID=… and the VTIMEZONE is added below.
  const start = zoned(input.startsAt, input.timeZone);
  const end = zoned(input.endsAt, input.timeZone);
  // A wall-clock time that happens twice (the autumn hour) reads as its first occurrence under a TZID
  // (RFC 5545 §3.3.5): an occurrence on the second one would show an hour early, so such times go in UTC.
  const repeated = [start, end].some((time) => time.getPossibleOffsets().length > 1);
  calendar.createEvent({
    id: input.uid,
    sequence: input.sequence,
    stamp: zoned(input.stamp, 'utc'),
    start: repeated ? start.toUTC() : start,
    end: repeated ? end.toUTC() : end,
    timezone: repeated ? null : input.timeZone,
    summary: input.summary,
    description: input.description,
    location: input.location ?? null,
    url: input.url ?? null,
    status: cancel ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    organizer: { name: headerSafe(input.organizer.name), email: input.organizer.email },
    attendees: input.attendee ? [{ name: headerSafe(input.attendee.name), email: input.attendee.email, rsvp: !cancel }] : [],
  });
  if (repeated) return calendar.toString();
  const vtimezone = buildVTimezone(input.timeZone, input.startsAt);
  return calendar.toString().replace('BEGIN:VEVENT', `${vtimezone}\r\nBEGIN:VEVENT`);
}
