import { randomUUID } from 'node:crypto';
import type { PayloadOf } from '@cercle/contracts';
import { againstCurrent, OCCURRENCE_CANCELLED, RESCHEDULE_SUPERSEDED, type KeptOccurrence } from './current-occurrence';

type Request = PayloadOf<'notification.requested'>;

// Written when the occurrence was on Wednesday 27 January 2027, 10:00–18:00 in Paris (sequence 0).
function written(kind: Request['kind'], changes: Partial<Request['occurrence']> = {}): Request {
  return {
    notificationId: randomUUID(),
    kind,
    audience: { type: 'members', memberIds: [randomUUID()] },
    emails: true,
    channelPost: false,
    directMessages: true,
    occurrence: {
      occurrenceId: randomUUID(),
      seriesId: randomUUID(),
      communityId: randomUUID(),
      title: 'Forum',
      formatId: 'open-forum',
      formatName: { fr: 'Forum ouvert', en: 'Open forum' },
      startsAt: '2027-01-27T09:00:00.000Z',
      endsAt: '2027-01-27T17:00:00.000Z',
      timeZone: 'Europe/Paris',
      location: 'Salle 1',
      theme: null,
      agenda: [{ title: { fr: 'Ouverture', en: 'Opening' }, localStart: '10:00', localEnd: '10:30' }],
      calendarSequence: 0,
      previousStartsAt: null,
      cancellationReason: null,
      registrationClosesAt: null,
      topics: [],
      ...changes,
    },
    roles: null,
    nextRoles: null,
    notes: null,
    contributions: null,
    registration: null,
    deadline: null,
    links: { register: false, notes: false, roleResponse: true, contribution: false },
  } as Request;
}

// Moved to Monday 1 February 2027, 14:00–16:00, Salle 2 (sequence 1), then maybe cancelled (sequence 2).
const moved: KeptOccurrence = {
  title: 'Forum',
  startsAt: '2027-02-01T13:00:00.000Z',
  endsAt: '2027-02-01T15:00:00.000Z',
  timeZone: 'Europe/Paris',
  location: 'Salle 2',
  status: 'confirmed',
  sequence: 1,
};
const cancelled: KeptOccurrence = { ...moved, status: 'cancelled', sequence: 2 };

describe('a message checked against the occurrence as notifications now knows it', () => {
  it('skips a role message, a reminder or a new date about an occurrence cancelled since', () => {
    for (const kind of ['roleAssigned', 'roleRemoved', 'participantReminder', 'reschedule', 'announcement'] as const) {
      expect(againstCurrent(written(kind), cancelled)).toEqual({ skipped: OCCURRENCE_CANCELLED });
    }
  });

  it('sends the cancellation itself, and a message that already says the occurrence is cancelled', () => {
    const cancellation = written('cancellation', { calendarSequence: 2, cancellationReason: 'Salle indisponible' });
    expect(againstCurrent(cancellation, cancelled)).toEqual({ request: cancellation, outdated: false });
    const answer = written('registrationConfirmation', { calendarSequence: 2, cancellationReason: 'Salle indisponible' });
    expect(againstCurrent(answer, cancelled)).toEqual({ request: answer, outdated: false });
  });

  it('renders an outdated message with the current date, place, agenda times and SEQUENCE', () => {
    const result = againstCurrent(written('roleAssigned'), moved);
    if (!('request' in result)) throw new Error('expected the message to go out');
    expect(result.outdated).toBe(true);
    expect(result.request.occurrence).toMatchObject({
      startsAt: moved.startsAt,
      endsAt: moved.endsAt,
      location: 'Salle 2',
      calendarSequence: 1,
    });
    expect(result.request.occurrence.agenda).toEqual([
      { title: { fr: 'Ouverture', en: 'Opening' }, localStart: '14:00', localEnd: '14:30' },
    ]);
  });

  it('skips a new date that a later change superseded', () => {
    expect(againstCurrent(written('reschedule', { previousStartsAt: '2027-01-20T09:00:00.000Z' }), moved)).toEqual({
      skipped: RESCHEDULE_SUPERSEDED,
    });
  });

  it('sends a current message as written, and one about an occurrence it has no version of', () => {
    const current = written('roleAssigned', { calendarSequence: 1 });
    expect(againstCurrent(current, moved)).toEqual({ request: current, outdated: false });
    const unknown = written('roleAssigned');
    expect(againstCurrent(unknown, null)).toEqual({ request: unknown, outdated: false });
  });
});
