import { buildCalendarInvite, calendarInviteFor, type CalendarInviteInput } from './calendar-invite';
import { emailRenderer, renderEmail } from './render';
import type { RenderContext } from './render-context';
import { sampleRenderContext } from './sample-context';
import { MESSAGE_KINDS } from './message-kind';

// Readers whose names test escaping (quotes, separators, a header break), folding (long, multi-byte) and absence.
const READERS = [
  { name: 'Alice', email: 'alice@example.org' },
  { name: 'Zoë "Zo" d’Arc; Bérénice, la très longue signature qui dépasse soixante-quinze octets', email: 'zoe@example.org' },
  { name: 'Bob\r\nBcc: evil@x', email: 'bob+tag@example.org' },
  { name: '李小龍 🐉', email: 'li@example.org' },
  { name: '', email: 'anonymous@example.org' },
];

const invite: Omit<CalendarInviteInput, 'attendee'> = {
  uid: 'occurrence-42@cercle.example',
  sequence: 3,
  method: 'REQUEST',
  startsAt: '2026-03-12T09:00:00.000Z',
  endsAt: '2026-03-12T17:00:00.000Z',
  timeZone: 'Europe/Paris',
  summary: 'Rencontres ALLiaNCE',
  description: 'Forum ouvert, '.repeat(12),
  location: '20 avenue de Ségur, Paris',
  url: 'https://cercle.example/o/42',
  organizer: { name: 'Cercle', email: 'cercle@cercle.example' },
  stamp: '2026-02-01T08:00:00.000Z',
};

describe('calendarInviteFor', () => {
  it.each(READERS)('gives $email the same invite as building it for them alone', (attendee) => {
    expect(calendarInviteFor(invite)(attendee)).toBe(buildCalendarInvite({ ...invite, attendee }));
  });

  it('gives the same invite for a cancellation and for a time the autumn hour repeats', () => {
    const cancel = { ...invite, method: 'CANCEL' as const };
    const repeated = { ...invite, startsAt: '2026-10-25T00:30:00.000Z', endsAt: '2026-10-25T01:30:00.000Z' };
    for (const input of [cancel, repeated]) {
      for (const attendee of READERS) expect(calendarInviteFor(input)(attendee)).toBe(buildCalendarInvite({ ...input, attendee }));
    }
  });
});

describe('emailRenderer', () => {
  const withReader = (ctx: RenderContext, i: number): RenderContext => ({
    ...ctx,
    recipient: { name: READERS[i].name || 'Sans nom' },
    links: { ...ctx.links, preferences: `https://cercle.example/p/${i}`, unsubscribe: `https://cercle.example/u/${i}` },
  });

  it.each(['fr', 'en'] as const)('renders every kind for each reader (%s) as rendering it for them alone does', (language) => {
    for (const kind of MESSAGE_KINDS) {
      const first = sampleRenderContext(language);
      const render = emailRenderer(kind, first);
      READERS.forEach((_, i) => {
        const own = withReader(first, i);
        expect(render({ name: own.recipient.name, links: own.links })).toEqual(renderEmail(kind, own));
      });
    }
  });
});
