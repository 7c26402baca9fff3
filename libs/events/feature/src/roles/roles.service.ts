import { Injectable } from '@nestjs/common';
import { LockMode } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { Outbox, CLOCK, Clock, conflict, notFound } from '@cercle/platform';
import { Inject } from '@nestjs/common';
import { checkHealthSoon } from '../health/health-jobs';
import { Occurrence } from '../entities/occurrence.entity';
import { RegistrationAnswer } from '../entities/registration-answer.entity';
import { Series } from '../entities/series.entity';
import { roleChange } from '@cercle/events-domain';
import { namesOf } from './people-directory';
import { assertTeamFits } from './team-check';
import { tellRoleChange, type RoleChangeMessages } from './role-change-messages';
import type { RolesBody } from './roles.schemas';

/** The organiser names an occurrence's guide and contributors (participants are the `yes` registrants). */
@Injectable()
export class RolesService {
  constructor(
    private readonly em: EntityManager,
    private readonly outbox: Outbox,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /**
   * Names the team (roles of the format only, one role per person, each named once, else 422 naming who) and tells the change:
   * the newly named, the removed, and the team as it now stands. Setting the same team again tells nobody.
   */
  async setRoles(occurrenceId: string, body: RolesBody): Promise<RoleChangeMessages> {
    return this.em.fork().transactional(async (em) => {
      const occurrence = await lockedOccurrence(em, occurrenceId);
      const series = await em.findOneOrFail(Series, { id: occurrence.seriesId });
      const after = { guide: body.guideMemberId, contributors: body.contributorMemberIds };
      await assertTeamFits(em, series, after);
      const change = roleChange({ guide: occurrence.guideMemberId, contributors: occurrence.contributorMemberIds }, after);
      Object.assign(occurrence, { guideMemberId: body.guideMemberId, contributorMemberIds: body.contributorMemberIds });
      checkHealthSoon(this.outbox, em, occurrenceId, this.clock.now());
      return tellRoleChange(em, (name, payload) => this.outbox.publish(em, name, payload), series, occurrence, change);
    });
  }

  /** Who holds which role, by name; participants answered `yes` and have a place (not on the waiting list). */
  async view(occurrenceId: string) {
    const em = this.em.fork();
    const occurrence = await em.findOne(Occurrence, { id: occurrenceId });
    if (!occurrence) throw notFound('occurrence', occurrenceId);
    const participants = (await em.find(RegistrationAnswer, { occurrenceId, answer: 'yes', status: 'confirmed' })).map(
      (answer) => answer.memberId,
    );
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
