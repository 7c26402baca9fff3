import { z } from 'zod';
import { assertJobId } from '../queues';

/** The lifecycle steps of an occurrence, in order (see @cercle/events-domain for their timing). */
export const lifecycleStep = z.enum([
  'plan',
  'announce',
  'remindContributors',
  'escalateReadiness',
  'remindParticipants',
  'closeRegistration',
  'hold',
  'assignNextRoles',
  'remindNotes',
  'archiveNotes',
]);
export type LifecycleStepName = z.infer<typeof lifecycleStep>;

/** Deterministic, so that re-scheduling a step replaces nothing and never doubles it. No ':' (BullMQ). */
export function lifecycleStepJobId(occurrenceId: string, step: LifecycleStepName): string {
  return assertJobId(`step-${occurrenceId}-${step}`);
}
