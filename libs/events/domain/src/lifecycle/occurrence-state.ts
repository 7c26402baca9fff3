import { InvalidTransitionError, OccurrenceCancelledError, StepOutOfOrderError } from '../errors';
import { OccurrenceTimes, ScheduledStep, scheduleSteps, STEP_NAMES, StepName, StepOffsets } from './steps';

/**
 * `planned` until the announcement, `open` while registration is open, `closed` once it closes, `held` from
 * the start of the occurrence, `archived` once the notes are archived; `cancelled` stops everything.
 */
export type OccurrenceStatus = 'planned' | 'open' | 'closed' | 'held' | 'archived' | 'cancelled';
export type StepStatus = 'pending' | 'done' | 'skipped';

export interface StepState {
  status: StepStatus;
  /** When the step was done or skipped; null while pending and for steps stopped by a cancellation. */
  at: Date | null;
}
export type StepStates = Readonly<Record<StepName, StepState>>;

export interface OccurrenceState extends OccurrenceTimes {
  status: OccurrenceStatus;
  steps: StepStates;
}

/** Only a step that is *done* moves the status: a skipped announcement does not make registration open. */
const STATUS_AFTER: Partial<Record<StepName, OccurrenceStatus>> = {
  announce: 'open',
  closeRegistration: 'closed',
  hold: 'held',
  archiveNotes: 'archived',
};

export function createOccurrenceState(times: OccurrenceTimes): OccurrenceState {
  const steps = Object.fromEntries(STEP_NAMES.map((step) => [step, { status: 'pending', at: null }])) as Record<StepName, StepState>;
  return { startsAt: times.startsAt, endsAt: times.endsAt, status: 'planned', steps };
}

/** The first step still pending in lifecycle order, or null when the lifecycle has run to its end. */
export function nextPendingStep(steps: StepStates): StepName | null {
  return STEP_NAMES.find((step) => steps[step].status === 'pending') ?? null;
}

export interface CompleteStepResult {
  state: OccurrenceState;
  /** True when the step had already been done: a re-run job must not act (send, post...) a second time. */
  alreadyDone: boolean;
}

export function completeStep(state: OccurrenceState, step: StepName, at: Date): CompleteStepResult {
  if (state.status === 'cancelled') throw new OccurrenceCancelledError(`complete step "${step}"`);
  const current = state.steps[step];
  if (current.status === 'done') return { state, alreadyDone: true };
  if (current.status === 'skipped') throw new InvalidTransitionError(`Step "${step}" was skipped and cannot be completed.`);
  const blocking = STEP_NAMES.slice(0, STEP_NAMES.indexOf(step)).find((earlier) => state.steps[earlier].status === 'pending');
  if (blocking) throw new StepOutOfOrderError(step, blocking);

  return {
    state: { ...state, steps: withStep(state.steps, step, { status: 'done', at }), status: STATUS_AFTER[step] ?? state.status },
    alreadyDone: false,
  };
}

export interface SkipStepResult {
  state: OccurrenceState;
  alreadySkipped: boolean;
}

/**
 * An organiser may drop a step (no contributor reminder for an open forum, say) at any time, even ahead of
 * its turn: skipping is a decision, not an action, so it does not wait for earlier steps.
 */
export function skipStep(state: OccurrenceState, step: StepName, at: Date): SkipStepResult {
  if (state.status === 'cancelled') throw new OccurrenceCancelledError(`skip step "${step}"`);
  const current = state.steps[step];
  if (current.status === 'skipped') return { state, alreadySkipped: true };
  if (current.status === 'done') throw new InvalidTransitionError(`Step "${step}" is already done and cannot be skipped.`);
  return { state: { ...state, steps: withStep(state.steps, step, { status: 'skipped', at }) }, alreadySkipped: false };
}

export interface CancelResult {
  state: OccurrenceState;
  /** The steps that were pending: their scheduled jobs must be removed. */
  stoppedSteps: StepName[];
  alreadyCancelled: boolean;
}

export function cancel(state: OccurrenceState): CancelResult {
  if (state.status === 'cancelled') return { state, stoppedSteps: [], alreadyCancelled: true };
  if (state.status === 'held' || state.status === 'archived') {
    throw new InvalidTransitionError(`An occurrence that has been ${state.status} cannot be cancelled.`);
  }
  const stoppedSteps = STEP_NAMES.filter((step) => state.steps[step].status === 'pending');
  const steps = stoppedSteps.reduce((acc, step) => withStep(acc, step, { status: 'skipped', at: null }), state.steps);
  return { state: { ...state, steps, status: 'cancelled' }, stoppedSteps, alreadyCancelled: false };
}

export interface RescheduleResult {
  state: OccurrenceState;
  /** New due times of the steps still pending; done and skipped steps are not re-run. */
  pendingSteps: ScheduledStep[];
}

/**
 * Moves the occurrence. A pending step whose new due time is already past is returned as is: the caller's
 * queue runs a job with a past due time at once, which is what an organiser who moves a date closer expects.
 */
export function reschedule(state: OccurrenceState, newStart: Date, newEnd: Date, offsets?: StepOffsets): RescheduleResult {
  if (state.status === 'cancelled') throw new OccurrenceCancelledError('reschedule it');
  if (state.status === 'held' || state.status === 'archived') {
    throw new InvalidTransitionError(`An occurrence that has been ${state.status} cannot be rescheduled.`);
  }
  if (!(newEnd.getTime() > newStart.getTime())) throw new InvalidTransitionError('The new end must come after the new start.');
  const pendingSteps = scheduleSteps({ startsAt: newStart, endsAt: newEnd }, offsets).filter(
    ({ step }) => state.steps[step].status === 'pending',
  );
  return { state: { ...state, startsAt: newStart, endsAt: newEnd }, pendingSteps };
}

function withStep(steps: StepStates, step: StepName, value: StepState): StepStates {
  return { ...steps, [step]: value };
}
