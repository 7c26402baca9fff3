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

/**
 * Deterministic, so that re-scheduling a step replaces nothing and never doubles it. No ':' (BullMQ).
 * `revision` counts the times the occurrence's steps were moved (reschedule, series edit): a moved step
 * gets a new id, because BullMQ keeps finished jobs for days and would silently drop a re-add under the
 * old one. Revision 0 keeps the original id.
 */
export function lifecycleStepJobId(occurrenceId: string, step: LifecycleStepName, revision = 0): string {
  return assertJobId(revision === 0 ? `step-${occurrenceId}-${step}` : `step-${occurrenceId}-${step}-r${revision}`);
}
