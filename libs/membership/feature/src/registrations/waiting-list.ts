import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Outbox } from '@cercle/platform';
import { Member } from '../entities/member.entity';
import { OccurrenceRef } from '../entities/occurrence-ref.entity';
import { Registration } from '../entities/registration.entity';
import { freePlaces } from './places';

/**
 * Every change to the places of one occurrence (an answer, a capacity change) first takes this row lock
 * on the occurrence's copy: changes to the same occurrence run one after the other, so two cancellations
 * never promote the same person twice and concurrent `yes` answers never overfill. Must run inside a
 * transaction.
 */
export function lockOccurrence(em: EntityManager, occurrenceId: string): Promise<OccurrenceRef | null> {
  return em.findOne(OccurrenceRef, { id: occurrenceId }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
}

export function confirmedCount(em: EntityManager, occurrenceId: string): Promise<number> {
  return em.count(Registration, { occurrenceId, status: 'confirmed' });
}

/** 1-based rank on the waiting list; null when not waitlisted. */
export async function waitlistPosition(em: EntityManager, registration: Registration): Promise<number | null> {
  if (registration.status !== 'waitlisted' || !registration.waitlistedAt) return null;
  const ahead = await em.count(Registration, {
    occurrenceId: registration.occurrenceId,
    status: 'waitlisted',
    $or: [{ waitlistedAt: { $lt: registration.waitlistedAt } }, { waitlistedAt: registration.waitlistedAt, id: { $lt: registration.id } }],
  });
  return ahead + 1;
}

/**
 * When someone joins the end of the waiting list. `now` was read before the lock was granted, so a
 * request that waited for the lock may carry an earlier instant than the last person who joined: the
 * rank must follow the lock order, hence never before the current last one.
 */
export async function joinWaitlistAt(em: EntityManager, occurrenceId: string, now: Date): Promise<Date> {
  const [last] = await em.find(Registration, { occurrenceId, status: 'waitlisted' }, { orderBy: [{ waitlistedAt: 'desc' }], limit: 1 });
  const after = last?.waitlistedAt ? last.waitlistedAt.getTime() + 1 : 0;
  return new Date(Math.max(now.getTime(), after));
}

/** The waiting list in order (first = next to be promoted). */
export function waitingList(
  em: EntityManager,
  occurrenceId: string,
  options: { limit?: number; lock?: boolean } = {},
): Promise<Registration[]> {
  return em.find(
    Registration,
    { occurrenceId, status: 'waitlisted' },
    {
      orderBy: [{ waitlistedAt: 'asc' }, { id: 'asc' }],
      limit: options.limit,
      lockMode: options.lock ? LockMode.PESSIMISTIC_WRITE : undefined,
    },
  );
}

/**
 * Promotes the first waitlisted people into the places that are free (someone said no, or the capacity
 * grew), each with a `registration.recorded` (`promoted: true`) in the caller's transaction. The caller
 * holds `lockOccurrence` and has flushed its own change, so the counts below include it.
 */
export async function fillFreePlaces(em: EntityManager, outbox: Outbox, occurrence: OccurrenceRef, now: Date): Promise<Registration[]> {
  if (occurrence.status === 'cancelled') return [];
  const free = freePlaces(occurrence.capacity, await confirmedCount(em, occurrence.id));
  if (free === 0) return [];
  const promoted = await waitingList(em, occurrence.id, { limit: Number.isFinite(free) ? free : undefined, lock: true });
  if (!promoted.length) return [];
  const members = new Map((await em.find(Member, { id: { $in: promoted.map((r) => r.memberId) } })).map((m) => [m.id, m]));
  for (const registration of promoted) {
    registration.status = 'confirmed';
    registration.waitlistedAt = null;
    registration.updatedAt = now;
    outbox.publish(em, 'registration.recorded', {
      registrationId: registration.id,
      occurrenceId: occurrence.id,
      memberId: registration.memberId,
      memberName: members.get(registration.memberId)?.name ?? '',
      answer: registration.answer,
      status: 'confirmed',
      waitlistPosition: null,
      promoted: true,
      topic: null,
    });
  }
  await em.flush();
  return promoted;
}
