import { createOccurrenceState, OccurrenceState, STEP_NAMES, StepName } from '@cercle/events-domain';
import type { Occurrence } from '../entities/occurrence.entity';
import type { OccurrenceStep } from '../entities/occurrence-step.entity';

/** The domain state machine's view of the stored occurrence and timeline. */
export function stateOf(occurrence: Occurrence, rows: Map<StepName, OccurrenceStep>): OccurrenceState {
  const initial = createOccurrenceState(occurrence);
  const steps = Object.fromEntries(
    STEP_NAMES.map((step) => {
      const row = rows.get(step);
      return [step, row ? { status: row.state, at: row.doneAt } : initial.steps[step]];
    }),
  ) as OccurrenceState['steps'];
  return { ...initial, status: occurrence.status, steps };
}
