import { randomUUID } from 'node:crypto';
import type { PayloadOf } from '@cercle/contracts';

/** An announcement of a fresh occurrence to a community, with a registration link; tests override what they need. */
export function notificationRequest(
  communityId: string,
  overrides: Partial<PayloadOf<'notification.requested'>> = {},
): PayloadOf<'notification.requested'> {
  return {
    notificationId: randomUUID(),
    kind: 'announcement',
    audience: { type: 'community', communityId },
    emails: true,
    channelPost: false,
    directMessages: false,
    occurrence: {
      occurrenceId: randomUUID(),
      seriesId: randomUUID(),
      communityId,
      title: 'Rencontres ALLiaNCE',
      formatId: 'open-forum',
      formatName: { fr: 'Forum ouvert', en: 'Open forum' },
      startsAt: '2026-03-12T09:00:00.000Z',
      endsAt: '2026-03-12T17:00:00.000Z',
      timeZone: 'Europe/Paris',
      location: 'Paris, 20 avenue de Ségur',
      theme: null,
      agenda: [{ title: { fr: 'Ouverture', en: 'Opening' }, localStart: '10:00', localEnd: '10:30' }],
      calendarSequence: 0,
      previousStartsAt: null,
      cancellationReason: null,
      registrationClosesAt: null,
      topics: [],
    },
    roles: null,
    nextRoles: null,
    notes: null,
    contributions: null,
    registration: null,
    deadline: null,
    links: { register: true, notes: false, roleResponse: false, contribution: false },
    ...overrides,
  };
}
