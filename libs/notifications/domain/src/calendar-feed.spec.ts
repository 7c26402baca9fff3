import ICAL from 'ical.js';
import { buildCalendarFeed, type FeedEvent } from './calendar-feed';

const event = (over: Partial<FeedEvent>): FeedEvent => ({
  uid: 'occurrence-1@cercle',
  sequence: 0,
  startsAt: '2026-03-12T09:00:00.000Z',
  endsAt: '2026-03-12T17:00:00.000Z',
  timeZone: 'Europe/Paris',
  summary: 'Rencontres ALLiaNCE',
  status: 'CONFIRMED',
  updatedAt: '2026-02-01T08:00:00.000Z',
  ...over,
});

function read(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  return {
    calendar,
    events: calendar.getAllSubcomponents('vevent').map((v) => {
      const e = new ICAL.Event(v);
      return {
        uid: e.uid,
        sequence: e.sequence,
        status: v.getFirstPropertyValue('status'),
        instant: e.startDate.toJSDate().toISOString(),
        hour: e.startDate.hour,
      };
    }),
  };
}

describe('buildCalendarFeed', () => {
  it('publishes events spanning two years with their UID, SEQUENCE and STATUS, in local time with one VTIMEZONE', () => {
    const ics = buildCalendarFeed({
      name: 'Rencontres',
      stamp: '2026-02-01T08:00:00.000Z',
      events: [
        event({ uid: 'occurrence-1@cercle', sequence: 2, status: 'CANCELLED' }),
        event({
          uid: 'occurrence-2@cercle',
          startsAt: '2029-07-01T16:00:00.000Z',
          endsAt: '2029-07-01T18:00:00.000Z',
          status: 'TENTATIVE',
        }),
      ],
    });
    const { calendar, events } = read(ics);
    expect(calendar.getFirstPropertyValue('method')).toBeNull();
    expect(calendar.getAllSubcomponents('vtimezone')).toHaveLength(1);
    expect(events).toEqual([
      { uid: 'occurrence-1@cercle', sequence: 2, status: 'CANCELLED', instant: '2026-03-12T09:00:00.000Z', hour: 10 },
      // Summer time in 2029 too: the block covers both years (one year's block reaches only the next).
      { uid: 'occurrence-2@cercle', sequence: 0, status: 'TENTATIVE', instant: '2029-07-01T16:00:00.000Z', hour: 18 },
    ]);
  });

  it('is a valid empty calendar when there is nothing to show', () => {
    const { calendar, events } = read(buildCalendarFeed({ name: 'Rien', stamp: '2026-02-01T08:00:00.000Z', events: [] }));
    expect(calendar.name).toBe('vcalendar');
    expect(events).toEqual([]);
  });
});
