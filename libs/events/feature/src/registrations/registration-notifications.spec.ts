import type { PayloadOf } from '@cercle/contracts';
import { registrationNoticeKind } from './registration-notifications';

const recorded = (changes: Partial<PayloadOf<'registration.recorded'>>): PayloadOf<'registration.recorded'> => ({
  registrationId: '00000000-0000-4000-8000-000000000001',
  occurrenceId: '00000000-0000-4000-8000-000000000002',
  memberId: '00000000-0000-4000-8000-000000000003',
  memberName: 'Léa',
  answer: 'yes',
  status: 'confirmed',
  waitlistPosition: null,
  promoted: false,
  topic: null,
  ...changes,
});

describe('which message tells a member where their answer stands', () => {
  it('confirms a first yes, a promotion and a change to yes, but not the same yes sent again', () => {
    expect(registrationNoticeKind(recorded({}), null)).toBe('registrationConfirmation');
    expect(registrationNoticeKind(recorded({ promoted: true }), { answer: 'yes', status: 'waitlisted' })).toBe('registrationConfirmation');
    expect(registrationNoticeKind(recorded({}), { answer: 'maybe', status: 'declined' })).toBe('registrationConfirmation');
    expect(registrationNoticeKind(recorded({}), { answer: 'yes', status: 'confirmed' })).toBeNull();
  });

  it('tells a person who joins the waiting list, not one who stays on it', () => {
    expect(registrationNoticeKind(recorded({ status: 'waitlisted', waitlistPosition: 2 }), null)).toBe('waitingList');
    expect(
      registrationNoticeKind(recorded({ status: 'waitlisted', waitlistPosition: 2 }), { answer: 'yes', status: 'waitlisted' }),
    ).toBeNull();
  });

  it('confirms a no or a maybe that gives up a place or a rank, or that changes what the calendar holds', () => {
    // A no takes the announcement's entry out of the calendar; a maybe after a no puts it back.
    expect(registrationNoticeKind(recorded({ answer: 'no', status: 'declined' }), null)).toBe('registrationConfirmation');
    expect(registrationNoticeKind(recorded({ answer: 'no', status: 'declined' }), { answer: 'maybe', status: 'declined' })).toBe(
      'registrationConfirmation',
    );
    expect(registrationNoticeKind(recorded({ answer: 'maybe', status: 'declined' }), { answer: 'no', status: 'declined' })).toBe(
      'registrationConfirmation',
    );
    expect(registrationNoticeKind(recorded({ answer: 'no', status: 'declined' }), { answer: 'yes', status: 'confirmed' })).toBe(
      'registrationConfirmation',
    );
    expect(registrationNoticeKind(recorded({ answer: 'maybe', status: 'declined' }), { answer: 'yes', status: 'waitlisted' })).toBe(
      'registrationConfirmation',
    );
  });

  it('confirms a first maybe, as the audience table promises yes and maybe (with a calendar REQUEST)', () => {
    expect(registrationNoticeKind(recorded({ answer: 'maybe', status: 'declined' }), null)).toBe('registrationConfirmation');
  });

  it('says nothing for the same no or maybe again', () => {
    expect(registrationNoticeKind(recorded({ answer: 'no', status: 'declined' }), { answer: 'no', status: 'declined' })).toBeNull();
    expect(registrationNoticeKind(recorded({ answer: 'maybe', status: 'declined' }), { answer: 'maybe', status: 'declined' })).toBeNull();
  });
});
