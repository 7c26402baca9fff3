import { lifecycleStep, LifecycleStepName } from '@cercle/contracts';
import { InvalidStepOffsetsError } from '../errors';
import { addMinutes } from '../time/zoned-time';

/** The lifecycle steps of an occurrence, in the order they must happen (named once, in the contracts). */
export const STEP_NAMES = lifecycleStep.options;
export type StepName = LifecycleStepName;

export type StepAnchor = 'start' | 'end';

/** Steps about what happened at the occurrence are timed from its end, so a longer day moves them too. */
export const STEP_ANCHORS: Readonly<Record<StepName, StepAnchor>> = {
  plan: 'start',
  announce: 'start',
  remindContributors: 'start',
  escalateReadiness: 'start',
  remindParticipants: 'start',
  closeRegistration: 'start',
  hold: 'start',
  assignNextRoles: 'end',
  remindNotes: 'end',
  archiveNotes: 'end',
};

const MINUTE = 1;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * Minutes from the step's anchor (negative = before). Why these values:
 * - plan −28 d: one week before the announcement, so organisers can review what was materialised and the
 *   roles chosen at the previous session (a monthly series' previous session is usually over by then);
 * - announce −21 d: three weeks leaves time to block the date and to propose topics at registration;
 * - remindContributors −7 d: a week to prepare a short presentation and sync with the other contributors;
 * - escalateReadiness −3 d: what a contributor still lacks then goes to the guide, who has time to help;
 * - remindParticipants −2 d: near enough to be remembered, early enough to read up on the theme;
 * - closeRegistration −1 d: organisers get a final headcount for the room and catering the day before;
 * - hold 0: the agenda with real times is published when the occurrence starts;
 * - assignNextRoles end + 0: the anticipation slot closes the session; the choices are recorded then;
 * - remindNotes end + 1 d: scribes are nudged the next day, while their memory is fresh;
 * - archiveNotes end + 3 d: notes are posted and kept, leaving scribes a couple of days after the nudge.
 */
export const DEFAULT_STEP_OFFSETS: Readonly<Record<StepName, number>> = {
  plan: -28 * DAY,
  announce: -21 * DAY,
  remindContributors: -7 * DAY,
  escalateReadiness: -3 * DAY,
  remindParticipants: -2 * DAY,
  closeRegistration: -1 * DAY,
  hold: 0,
  assignNextRoles: 0,
  remindNotes: 1 * DAY,
  archiveNotes: 3 * DAY,
};

export type StepOffsets = Partial<Record<StepName, number>>;

export interface ScheduledStep {
  step: StepName;
  dueAt: Date;
}

export interface OccurrenceTimes {
  startsAt: Date;
  endsAt: Date;
}

/**
 * When each step is due for one occurrence, in lifecycle order. A series may override any offset, but not so
 * that steps fall due out of order: the state machine completes them in order, so such a schedule would stall.
 */
export function scheduleSteps(occurrence: OccurrenceTimes, offsets: StepOffsets = {}): ScheduledStep[] {
  if (!(occurrence.endsAt.getTime() >= occurrence.startsAt.getTime())) {
    throw new InvalidStepOffsetsError('The occurrence must not end before it starts.');
  }
  const scheduled = STEP_NAMES.map((step) => {
    const offset = offsets[step] ?? DEFAULT_STEP_OFFSETS[step];
    if (!Number.isFinite(offset)) throw new InvalidStepOffsetsError(`The offset of step "${step}" must be a finite number of minutes.`);
    const anchor = STEP_ANCHORS[step] === 'start' ? occurrence.startsAt : occurrence.endsAt;
    return { step, dueAt: addMinutes(anchor, offset) };
  });
  scheduled.slice(1).forEach((current, index) => {
    const previous = scheduled[index];
    if (current.dueAt < previous.dueAt) {
      throw new InvalidStepOffsetsError(
        `Step "${current.step}" would be due (${current.dueAt.toISOString()}) before step "${previous.step}" (${previous.dueAt.toISOString()}).`,
      );
    }
  });
  return scheduled;
}
