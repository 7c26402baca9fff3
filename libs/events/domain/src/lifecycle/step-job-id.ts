import { InvalidJobIdError } from '../errors';
import { StepName } from './steps';

/**
 * The BullMQ job id of a scheduled step. Deterministic, so re-scheduling replaces the job instead of adding a
 * second reminder. BullMQ rejects custom ids containing ':' (its key separator), so such ids are refused here
 * rather than silently rewritten, which could make two occurrences share an id.
 */
export function stepJobId(occurrenceId: string, step: StepName): string {
  if (occurrenceId.trim() === '' || occurrenceId.includes(':')) {
    throw new InvalidJobIdError(`Occurrence id "${occurrenceId}" cannot be part of a job id: it must be non-empty and contain no ':'.`);
  }
  return `step-${occurrenceId}-${step}`;
}
