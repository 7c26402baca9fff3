import type { PayloadOf } from '@cercle/contracts';
import { calendarMethodFor } from './compose-email';

type Request = PayloadOf<'notification.requested'>;
const answer = (kind: Request['kind'], a: 'yes' | 'no' | 'maybe' | null, status: 'confirmed' | 'waitlisted' | 'declined' = 'confirmed', promoted = false) =>
  calendarMethodFor({ kind, registration: a ? { answer: a, status, waitlistPosition: null, promoted } : null } as Request);

describe('calendarMethodFor', () => {
  it('puts the occurrence in the calendar of people told about it or who may come', () => {
    expect(answer('announcement', null)).toBe('REQUEST');
    expect(answer('reschedule', null)).toBe('REQUEST');
    expect(answer('registrationConfirmation', 'yes')).toBe('REQUEST');
    // A `maybe` holds no place (membership says `declined`) but keeps the date in the calendar.
    expect(answer('registrationConfirmation', 'maybe', 'declined')).toBe('REQUEST');
    expect(answer('waitingList', 'yes', 'confirmed', true)).toBe('REQUEST');
  });

  it('takes it out on a cancellation or a "no", and sends none to someone still waiting for a place', () => {
    expect(answer('cancellation', null)).toBe('CANCEL');
    expect(answer('registrationConfirmation', 'no', 'declined')).toBe('CANCEL');
    expect(answer('waitingList', 'yes', 'waitlisted')).toBeNull();
    expect(answer('registrationConfirmation', 'yes', 'waitlisted')).toBeNull();
    expect(answer('prepReminder', null)).toBeNull();
  });
});
