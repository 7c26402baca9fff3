import type { RegistrationAnswer } from '../entities/registration-answer.entity';

/**
 * What an organiser counts on an occurrence, the same shape membership gives: what people answered, and
 * for the yeses, where they stand (`yes` = `confirmed` + `waitlisted`).
 */
export interface RegistrationCounts {
  yes: number;
  maybe: number;
  no: number;
  /** Said yes and hold a place. */
  confirmed: number;
  /** Said yes and wait for a place. */
  waitlisted: number;
}

/**
 * Counted by the person's answer: membership gives a `maybe` no place (status `declined`, as for a `no`),
 * which says nothing of what they answered, so no count is named after that status.
 */
export function registrationCounts(answers: Array<Pick<RegistrationAnswer, 'answer' | 'status'>>): RegistrationCounts {
  const counts: RegistrationCounts = { yes: 0, maybe: 0, no: 0, confirmed: 0, waitlisted: 0 };
  for (const { answer, status } of answers) {
    counts[answer] += 1;
    if (answer === 'yes' && status === 'waitlisted') counts.waitlisted += 1;
    else if (answer === 'yes') counts.confirmed += 1;
  }
  return counts;
}
