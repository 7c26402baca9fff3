import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Outbox } from '@cercle/platform';
import { ChatAction, type ChatActionKind } from '../entities/chat-action.entity';

/** Counts one thing done from the chat, in the transaction that does it. */
export function recordChatAction(em: EntityManager, kind: ChatActionKind, memberId: string, occurrenceId: string, now: Date): void {
  em.create(ChatAction, { id: randomUUID(), kind, memberId, occurrenceId, doneAt: now });
}

/**
 * Registrations are membership's: the answer goes there as a message written with the chat's own row,
 * so either both are kept or neither (membership records it like an answer from the registration page).
 */
export async function handOverRegistration(
  em: EntityManager,
  outbox: Outbox,
  registration: { memberId: string; occurrenceId: string; answer: 'yes' | 'maybe' | 'no' },
  now: Date,
): Promise<void> {
  recordChatAction(em, 'registration', registration.memberId, registration.occurrenceId, now);
  outbox.publish(em, 'registration.answered-in-chat', registration);
  await em.flush();
}
