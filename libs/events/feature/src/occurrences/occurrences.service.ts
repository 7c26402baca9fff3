import { Inject, Injectable } from '@nestjs/common';
import { LockMode } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { Occurrence } from '../entities/occurrence.entity';
import { OccurrenceStep } from '../entities/occurrence-step.entity';
import type { NextRolesBody } from '../rotation/rotation.schemas';
import { CLOCK, Clock, conflict, notFound } from '@cercle/platform';

/** What organisers record on an occurrence: the next session's roles (notes: notes/notes.service.ts). */
@Injectable()
export class OccurrencesService {
  constructor(
    private readonly em: EntityManager,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Replaces the recorded next theme and roles; refused once assignNextRoles has run (it used them). */
  async recordNextRoles(occurrenceId: string, body: NextRolesBody): Promise<void> {
    await this.em.fork().transactional(async (em) => {
      const occurrence = await this.locked(em, occurrenceId);
      const step = await em.findOne(OccurrenceStep, { occurrenceId, step: 'assignNextRoles' });
      if (step && step.state !== 'pending') {
        throw conflict(
          'next-roles-assigned',
          'The next roles of this occurrence have already been assigned: record them on the next occurrence.',
        );
      }
      Object.assign(occurrence, {
        nextTheme: body.theme,
        nextGuideMemberId: body.guideMemberId,
        nextContributorMemberIds: body.contributorMemberIds,
        nextRolesRecordedAt: this.clock.now(),
      });
    });
  }

  private async locked(em: EntityManager, occurrenceId: string): Promise<Occurrence> {
    const occurrence = await em.findOne(Occurrence, { id: occurrenceId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!occurrence) throw notFound('occurrence', occurrenceId);
    if (occurrence.status === 'cancelled') throw conflict('occurrence-cancelled', 'This occurrence is cancelled.');
    return occurrence;
  }
}
