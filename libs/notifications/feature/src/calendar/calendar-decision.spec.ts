import type { PayloadOf } from '@cercle/contracts';
import { decideCalendar, type HolderState, wantedMethod } from './calendar-decision';

type Request = PayloadOf<'notification.requested'>;
type Answer = 'yes' | 'no' | 'maybe';

const request = (
  kind: Request['kind'],
  sequence = 0,
  answer: Answer | null = null,
  status: 'confirmed' | 'waitlisted' | 'declined' = 'confirmed',
  promoted = false,
) =>
  ({
    kind,
    occurrence: { calendarSequence: sequence },
    registration: answer ? { answer, status, waitlistPosition: null, promoted } : null,
  }) as Request;
const holding = (sequence: number, occurrenceSequence = sequence): HolderState => ({ status: 'holding', sequence, occurrenceSequence });
const cancelled = (sequence: number, occurrenceSequence = sequence): HolderState => ({ status: 'cancelled', sequence, occurrenceSequence });

describe('wantedMethod', () => {
  it('puts the occurrence in the calendar of people told about it or who may come', () => {
    expect(wantedMethod(request('announcement'), false)).toBe('REQUEST');
    expect(wantedMethod(request('registrationConfirmation', 0, 'yes'), false)).toBe('REQUEST');
    // A `maybe` holds no place (membership says `declined`) but keeps the date in the calendar.
    expect(wantedMethod(request('registrationConfirmation', 0, 'maybe', 'declined'), false)).toBe('REQUEST');
    expect(wantedMethod(request('waitingList', 0, 'yes', 'confirmed', true), false)).toBe('REQUEST');
  });

  it('updates only an entry someone holds, and sends none to someone still waiting for a place', () => {
    expect(wantedMethod(request('reschedule', 1), true)).toBe('REQUEST');
    expect(wantedMethod(request('reschedule', 1), false)).toBeNull();
    expect(wantedMethod(request('waitingList', 0, 'yes', 'waitlisted'), false)).toBeNull();
    expect(wantedMethod(request('registrationConfirmation', 0, 'yes', 'waitlisted'), false)).toBeNull();
    expect(wantedMethod(request('prepReminder'), true)).toBeNull();
  });

  it('takes it out on a cancellation or a "no"', () => {
    expect(wantedMethod(request('cancellation', 2), true)).toBe('CANCEL');
    expect(wantedMethod(request('registrationConfirmation', 0, 'no', 'declined'), true)).toBe('CANCEL');
  });
});

describe('decideCalendar', () => {
  it('gives a first invite the occurrence revision and records the person as holding it', () => {
    expect(decideCalendar(request('announcement', 0), null, null)).toEqual({ method: 'REQUEST', sequence: 0, next: holding(0) });
  });

  it('repeats the same SEQUENCE for the same version (a "maybe" after the announcement) and changes nothing', () => {
    const kept = holding(0);
    const decision = decideCalendar(request('registrationConfirmation', 0, 'maybe'), kept, { sequence: 0, cancelled: false });
    expect(decision).toEqual({ method: 'REQUEST', sequence: 0, next: kept });
    expect(decision?.next).toBe(kept);
  });

  it('moves a held entry with a higher SEQUENCE, and cancels it above that', () => {
    expect(decideCalendar(request('reschedule', 1), holding(0), { sequence: 1, cancelled: false })).toEqual({
      method: 'REQUEST',
      sequence: 1,
      next: holding(1),
    });
    expect(decideCalendar(request('cancellation', 2), holding(1), { sequence: 2, cancelled: true })).toEqual({
      method: 'CANCEL',
      sequence: 2,
      next: cancelled(2),
    });
  });

  it('sends a CANCEL to nobody who does not hold the entry', () => {
    expect(decideCalendar(request('cancellation', 2), null, { sequence: 2, cancelled: true })).toBeNull();
    expect(decideCalendar(request('registrationConfirmation', 0, 'no', 'declined'), null, null)).toBeNull();
    expect(decideCalendar(request('registrationConfirmation', 0, 'no', 'declined'), cancelled(1, 0), null)).toBeNull();
  });

  it('takes the entry out for one "no" and puts it back above that SEQUENCE for a later "yes"', () => {
    const no = decideCalendar(request('registrationConfirmation', 0, 'no', 'declined'), holding(0), { sequence: 0, cancelled: false });
    expect(no).toEqual({ method: 'CANCEL', sequence: 1, next: cancelled(1, 0) });
    const yes = decideCalendar(request('registrationConfirmation', 0, 'yes'), no!.next, { sequence: 0, cancelled: false });
    expect(yes).toEqual({ method: 'REQUEST', sequence: 2, next: holding(2, 0) });
    // The occurrence moves next (revision 1): still above what the person last got.
    expect(decideCalendar(request('reschedule', 1), yes!.next, { sequence: 1, cancelled: false })).toEqual({
      method: 'REQUEST',
      sequence: 3,
      next: holding(3, 1),
    });
  });

  it('never puts an older version of the occurrence into a calendar, nor a cancelled one', () => {
    expect(decideCalendar(request('registrationConfirmation', 0, 'yes'), holding(1), { sequence: 1, cancelled: false })).toBeNull();
    expect(decideCalendar(request('registrationConfirmation', 0, 'yes'), null, { sequence: 1, cancelled: false })).toBeNull();
    expect(decideCalendar(request('registrationConfirmation', 1, 'yes'), null, { sequence: 2, cancelled: true })).toBeNull();
  });
});
