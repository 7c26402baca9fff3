import { InvalidTransitionError, OccurrenceCancelledError, StepOutOfOrderError } from '../errors';
import { cancel, completeStep, createOccurrenceState, nextPendingStep, OccurrenceState, reschedule, skipStep } from './occurrence-state';
import { scheduleSteps, STEP_NAMES, StepName } from './steps';

const utc = (y: number, m: number, d: number, h = 0, min = 0) => new Date(Date.UTC(y, m - 1, d, h, min));
const times = { startsAt: utc(2025, 5, 6, 17), endsAt: utc(2025, 5, 6, 18, 30) };
const at = utc(2025, 4, 1);

function completeUpTo(last: StepName): OccurrenceState {
  let state = createOccurrenceState(times);
  for (const step of STEP_NAMES.slice(0, STEP_NAMES.indexOf(last) + 1)) state = completeStep(state, step, at).state;
  return state;
}

describe('occurrence state machine', () => {
  it('starts planned with every step pending', () => {
    const state = createOccurrenceState(times);
    expect(state.status).toBe('planned');
    expect(STEP_NAMES.every((step) => state.steps[step].status === 'pending')).toBe(true);
    expect(nextPendingStep(state.steps)).toBe('plan');
  });

  it('walks the whole lifecycle in order, moving the status as it goes', () => {
    let state = createOccurrenceState(times);
    const statuses: string[] = [];
    for (const step of STEP_NAMES) {
      expect(nextPendingStep(state.steps)).toBe(step);
      state = completeStep(state, step, at).state;
      statuses.push(state.status);
    }
    expect(statuses).toEqual(['planned', 'open', 'open', 'open', 'open', 'closed', 'held', 'held', 'held', 'archived']);
    expect(nextPendingStep(state.steps)).toBeNull();
    expect(state.steps.hold).toEqual({ status: 'done', at });
  });

  it('refuses a step whose predecessors are still pending, naming the blocking step', () => {
    const state = completeUpTo('announce');
    expect(() => completeStep(state, 'closeRegistration', at)).toThrow(StepOutOfOrderError);
    try {
      completeStep(state, 'closeRegistration', at);
    } catch (error) {
      expect(error).toMatchObject({ code: 'STEP_OUT_OF_ORDER', step: 'closeRegistration', blockingStep: 'remindContributors' });
    }
  });

  it('is idempotent: completing a done step again changes nothing and says so', () => {
    const state = completeUpTo('announce');
    const again = completeStep(state, 'announce', utc(2025, 4, 2));
    expect(again.alreadyDone).toBe(true);
    expect(again.state).toBe(state);
    expect(again.state.steps.announce.at).toEqual(at);
    expect(completeStep(state, 'remindContributors', at).alreadyDone).toBe(false);
  });

  it('does not mutate the state it is given', () => {
    const state = completeUpTo('plan');
    const snapshot = structuredClone(state);
    completeStep(state, 'announce', at);
    skipStep(state, 'remindNotes', at);
    cancel(state);
    expect(state).toEqual(snapshot);
  });

  it('lets a skipped step unblock the next one, without moving the status', () => {
    let state = completeUpTo('announce');
    state = skipStep(state, 'remindContributors', at).state;
    expect(nextPendingStep(state.steps)).toBe('escalateReadiness');
    state = completeStep(state, 'escalateReadiness', at).state;
    expect(state.steps.remindContributors.status).toBe('skipped');
    expect(skipStep(state, 'remindContributors', at).alreadySkipped).toBe(true);
    expect(() => completeStep(state, 'remindContributors', at)).toThrow(InvalidTransitionError);
    expect(() => skipStep(state, 'announce', at)).toThrow(InvalidTransitionError);

    const noAnnouncement = skipStep(completeUpTo('plan'), 'announce', at).state;
    expect(noAnnouncement.status).toBe('planned');
  });

  it('cancels: pending steps stop, done ones stay, and nothing more can happen', () => {
    const state = completeUpTo('announce');
    const { state: cancelled, stoppedSteps, alreadyCancelled } = cancel(state);
    expect(alreadyCancelled).toBe(false);
    expect(cancelled.status).toBe('cancelled');
    expect(stoppedSteps).toEqual(STEP_NAMES.slice(2));
    expect(cancelled.steps.announce.status).toBe('done');
    expect(stoppedSteps.every((step) => cancelled.steps[step].status === 'skipped')).toBe(true);
    expect(nextPendingStep(cancelled.steps)).toBeNull();

    expect(() => completeStep(cancelled, 'remindContributors', at)).toThrow(OccurrenceCancelledError);
    expect(() => completeStep(cancelled, 'announce', at)).toThrow(OccurrenceCancelledError);
    expect(() => skipStep(cancelled, 'remindNotes', at)).toThrow(OccurrenceCancelledError);
    expect(() => reschedule(cancelled, times.startsAt, times.endsAt)).toThrow(OccurrenceCancelledError);
    expect(cancel(cancelled)).toEqual({ state: cancelled, stoppedSteps: [], alreadyCancelled: true });
  });

  it('refuses to cancel or reschedule an occurrence that has been held', () => {
    const held = completeUpTo('hold');
    expect(() => cancel(held)).toThrow(InvalidTransitionError);
    expect(() => reschedule(held, times.startsAt, times.endsAt)).toThrow(InvalidTransitionError);
  });

  it('reschedules: returns new due times for pending steps only, computed like a fresh schedule', () => {
    const state = completeUpTo('remindContributors');
    const newStart = utc(2025, 5, 13, 17);
    const newEnd = utc(2025, 5, 13, 19);
    const { state: moved, pendingSteps } = reschedule(state, newStart, newEnd);

    const fresh = scheduleSteps({ startsAt: newStart, endsAt: newEnd });
    expect(pendingSteps).toEqual(fresh.slice(3));
    expect(pendingSteps.map((s) => s.step)).not.toContain('announce');
    expect(moved.startsAt).toEqual(newStart);
    expect(moved.endsAt).toEqual(newEnd);
    expect(moved.steps).toEqual(state.steps);
  });

  it('reschedules with series offsets and refuses an end before the start', () => {
    const state = completeUpTo('plan');
    const { pendingSteps } = reschedule(state, times.startsAt, times.endsAt, { remindNotes: 60 });
    expect(pendingSteps.find((s) => s.step === 'remindNotes')?.dueAt).toEqual(utc(2025, 5, 6, 19, 30));
    expect(() => reschedule(state, times.endsAt, times.startsAt)).toThrow(InvalidTransitionError);
  });
});
