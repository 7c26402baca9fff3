import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { MemberRef } from '../entities/member-ref.entity';
import { Occurrence } from '../entities/occurrence.entity';
import { Series } from '../entities/series.entity';
import { conflict, UseCaseError, notFound } from '@cercle/platform';

/**
 * The occurrence, locked for the rest of the transaction, and its series. Changes to one occurrence's
 * topics, placements and scribes serialise on this lock, so two organisers placing two topics in the same
 * room at once cannot both pass the overlap check. A cancelled occurrence takes no more changes.
 */
export async function lockOccurrenceForChange(
  em: EntityManager,
  occurrenceId: string,
): Promise<{ occurrence: Occurrence; series: Series }> {
  const occurrence = await em.findOne(Occurrence, { id: occurrenceId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (!occurrence) throw notFound('occurrence', occurrenceId);
  if (occurrence.status === 'cancelled') throw conflict('occurrence-cancelled', 'This occurrence is cancelled.');
  return { occurrence, series: await em.findOneOrFail(Series, { id: occurrence.seriesId }) };
}

/** A member of the series' community, as events knows them from `member.changed`. */
export async function communityMember(em: EntityManager, communityId: string, memberId: string): Promise<MemberRef> {
  const member = await em.findOne(MemberRef, { id: memberId, communityId });
  if (!member)
    throw new UseCaseError('member-unknown', 422, `Member ${memberId} is not a member of this community (or has not reached events yet).`);
  if (!member.active) throw new UseCaseError('member-inactive', 422, `${member.name} is no longer an active member of this community.`);
  return member;
}

/** Members vote until the occurrence is held: after that the programme is what happened (and a cancelled one takes nothing). */
export const votesOpen = (occurrence: Occurrence): boolean => !['held', 'archived', 'cancelled'].includes(occurrence.status);

export function ensureVotesOpen(occurrence: Occurrence): void {
  if (!votesOpen(occurrence)) {
    throw conflict(
      'votes-closed',
      occurrence.status === 'cancelled'
        ? 'This occurrence is cancelled: votes are closed.'
        : 'This occurrence has already been held: votes are closed.',
    );
  }
}
