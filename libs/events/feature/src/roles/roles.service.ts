import { Injectable } from '@nestjs/common';
import { LockMode } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { Outbox } from '@cercle/platform';
import { Occurrence } from '../entities/occurrence.entity';
import { RegistrationAnswer } from '../entities/registration-answer.entity';
import { Series } from '../entities/series.entity';
import { conflict, notFound } from '../errors';
import { introduceContributors } from './contributors-intro';
import { assertCommunityMembers, namesOf, uniqueIds } from './people-directory';
import type { RolesBody } from './roles.schemas';

/** The organiser names an occurrence's guide and contributors (participants are the `yes` registrants). */
@Injectable()
export class RolesService {
  constructor(
    private readonly em: EntityManager,
    private readonly outbox: Outbox,
  ) {}

  async setRoles(occurrenceId: string, body: RolesBody): Promise<{ introduced: string | null }> {
    return this.em.fork().transactional(async (em) => {
      const occurrence = await lockedOccurrence(em, occurrenceId);
      const series = await em.findOneOrFail(Series, { id: occurrence.seriesId });
      const contributorMemberIds = uniqueIds(body.contributorMemberIds);
      await assertCommunityMembers(em, series.communityId, [body.guideMemberId, ...contributorMemberIds]);
      Object.assign(occurrence, { guideMemberId: body.guideMemberId, contributorMemberIds });
      const introduced = await introduceContributors(em, (name, payload) => this.outbox.publish(em, name, payload), series, occurrence);
      return { introduced };
    });
  }

  /** Who holds which role, by name; participants answered `yes` and have a place (not on the waiting list). */
  async view(occurrenceId: string) {
    const em = this.em.fork();
    const occurrence = await em.findOne(Occurrence, { id: occurrenceId });
    if (!occurrence) throw notFound('occurrence', occurrenceId);
    const participants = (await em.find(RegistrationAnswer, { occurrenceId, answer: 'yes', status: 'confirmed' })).map((answer) => answer.memberId);
    const names = await namesOf(em, [occurrence.guideMemberId, ...occurrence.contributorMemberIds, ...participants]);
    const person = (memberId: string) => ({ memberId, name: names.get(memberId)! });
    return {
      guide: occurrence.guideMemberId ? person(occurrence.guideMemberId) : null,
      contributors: occurrence.contributorMemberIds.map(person),
      participants: participants.map(person),
    };
  }
}

/** The occurrence, locked for the rest of the transaction; a cancelled one takes no more changes. */
export async function lockedOccurrence(em: EntityManager, occurrenceId: string): Promise<Occurrence> {
  const occurrence = await em.findOne(Occurrence, { id: occurrenceId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (!occurrence) throw notFound('occurrence', occurrenceId);
  if (occurrence.status === 'cancelled') throw conflict('occurrence-cancelled', 'This occurrence is cancelled.');
  return occurrence;
}
