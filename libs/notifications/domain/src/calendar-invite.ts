import ical, { escape, foldLines, ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
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

// Stand-ins for the attendee in a shared invite: plain ASCII, so escaping leaves them as they are.
const NAME_MARK = 'CercleAttendeeName7f3a';
const EMAIL_MARK = 'cercle-attendee-7f3a@attendee.invalid';

/**
 * The same invite for many attendees: everything but the ATTENDEE line is built once (time zones, dates,
 * description), and each attendee's invite is that text with their name and address, escaped and folded
 * as ical-generator does (`buildCalendarInvite` with the attendee gives the same text).
 */
export function calendarInviteFor(input: Omit<CalendarInviteInput, 'attendee'>): (attendee: CalendarPerson) => string {
  const lines = buildCalendarInvite({ ...input, attendee: { name: NAME_MARK, email: EMAIL_MARK } })
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n');
  // Lines are folded one by one, so all but the attendee's are folded once, here.
  const at = lines.findIndex((line) => line.startsWith('ATTENDEE') && line.includes(EMAIL_MARK));
  const before = foldLines(lines.slice(0, at).join('\r\n'));
  const after = foldLines(lines.slice(at + 1).join('\r\n'));
  return (attendee) => {
    const name = headerSafe(attendee.name);
    const line = lines[at]
      // ical-generator leaves CN out for an empty name.
      .replace(`;CN="${NAME_MARK}"`, () => (name ? `;CN="${escape(name, true)}"` : ''))
      .replace(`:MAILTO:${EMAIL_MARK}`, () => `:MAILTO:${escape(attendee.email, false)}`);
    return `${before}\r\n${foldLines(line)}\r\n${after}`;
  };
}
