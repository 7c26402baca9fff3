import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Outbox } from '@cercle/platform';
import type { Member } from '../entities/member.entity';
import type { OccurrenceRef } from '../entities/occurrence-ref.entity';
import { Registration } from '../entities/registration.entity';
import { notInCommunity, occurrenceCancelled, registrationClosed } from '../errors';
import { placeFor } from './places';
import type { RegistrationForm } from './registration.schemas';
import { confirmedCount, fillFreePlaces, joinWaitlistAt, lockOccurrence, waitlistPosition } from './waiting-list';
import { notFound } from '@cercle/platform';

export interface RecordedAnswer {
  occurrence: OccurrenceRef;
  registration: Registration;
  waitlistPosition: number | null;
}

/**
 * Records (or changes) a member's answer under the occurrence's row lock, in the caller's transaction:
 * applies the capacity, promotes the first waitlisted people into places this change frees, and publishes
 * every change. The topic, if any, goes to events with the answer. A guest answers only where guests are
 * welcome.
 */
export async function recordAnswer(
  em: EntityManager,
  outbox: Outbox,
  member: Member,
  occurrenceId: string,
  form: RegistrationForm,
  now: Date,
): Promise<RecordedAnswer> {
  const occurrence = await lockOccurrence(em, occurrenceId);
  if (!occurrence) throw notFound('occurrence', occurrenceId);
  if (occurrence.communityId !== member.communityId || (member.guest && !occurrence.openToGuests)) throw notInCommunity();
  if (occurrence.status === 'cancelled') throw occurrenceCancelled();
  if (!occurrence.registrationOpen) throw registrationClosed();

  let row = await em.findOne(Registration, { occurrenceId, memberId: member.id });
  const previous = row?.status ?? null;
  const status = placeFor(form.answer, previous, await confirmedCount(em, occurrenceId), occurrence.capacity);
  const waitlistedAt =
    status !== 'waitlisted' ? null : row?.status === 'waitlisted' ? row.waitlistedAt : await joinWaitlistAt(em, occurrenceId, now);
  if (row) {
    Object.assign(row, { answer: form.answer, status, waitlistedAt, updatedAt: now });
  } else {
    row = em.create(Registration, {
      id: randomUUID(),
      occurrenceId,
      memberId: member.id,
      answer: form.answer,
      status,
      waitlistedAt,
      createdAt: now,
      updatedAt: now,
    });
  }
  await em.flush();
  const position = await waitlistPosition(em, row);
  outbox.publish(em, 'registration.recorded', {
    registrationId: row.id,
    occurrenceId,
    memberId: member.id,
    memberName: member.name,
    answer: form.answer,
    status,
    waitlistPosition: position,
    promoted: false,
    topic: form.topicTitle && form.topicKind ? { title: form.topicTitle, kind: form.topicKind, description: form.topicDescription } : null,
  });
  // Every transaction leaves the waiting list empty or every place taken (see placeFor), so only an
  // answer giving up a confirmed place can let someone in: the others spare the two queries.
  if (previous === 'confirmed' && status !== 'confirmed') await fillFreePlaces(em, outbox, occurrence, now);
  return { occurrence, registration: row, waitlistPosition: position };
}
