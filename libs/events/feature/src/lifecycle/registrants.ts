import type { EntityManager } from '@mikro-orm/postgresql';
import { RegistrationAnswer } from '../entities/registration-answer.entity';

/**
 * Members who said they would (or might) come. With `waitlisted`, also those waiting for a place: a date
 * change or a cancellation concerns them too, a practical reminder does not.
 */
export async function registrantIds(em: EntityManager, occurrenceId: string, options: { waitlisted: boolean }): Promise<string[]> {
  const answers = await em.find(RegistrationAnswer, { occurrenceId, answer: { $in: ['yes', 'maybe'] } }, { orderBy: { recordedAt: 'asc' } });
  return [...new Set(answers.filter((a) => options.waitlisted || a.status !== 'waitlisted').map((a) => a.memberId))];
}
