import type { EntityManager } from '@mikro-orm/postgresql';
import type { PayloadOf } from '@cercle/contracts';
import { UseCaseError, type Outbox } from '@cercle/platform';
import { Member } from '../entities/member.entity';
import { recordAnswer } from './record-answer';

/**
 * An answer given from the chat, recorded like one from the registration page (capacity, waiting list,
 * `registration.recorded`). Events checked that registration was open when the member answered; if it
 * closed in between, or the member left, the answer is refused here and said so (a retry would not change
 * it). Returns why it was refused, or null.
 */
export async function recordChatAnswer(
  em: EntityManager,
  outbox: Outbox,
  payload: PayloadOf<'registration.answered-in-chat'>,
  now: Date,
): Promise<string | null> {
  const member = await em.findOne(Member, { id: payload.memberId });
  if (!member || !member.active) return 'member-gone';
  try {
    await recordAnswer(
      em,
      outbox,
      member,
      payload.occurrenceId,
      { answer: payload.answer, topicTitle: null, topicKind: null, topicDescription: null },
      now,
    );
    return null;
  } catch (error) {
    // Refusals are decided before anything is written, so the transaction stays usable.
    if (error instanceof UseCaseError && error.status < 500) return error.code;
    throw error;
  }
}
