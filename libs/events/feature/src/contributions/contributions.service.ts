import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { Contribution } from '../entities/contribution.entity';
import { Occurrence } from '../entities/occurrence.entity';
import { workshopHostIds } from '../roles/audience-facts';
import { contributionViews } from '../roles/people-directory';
import { lockedOccurrence } from '../roles/roles.service';
import type { ContributionBody } from './contributions.schemas';
import { CLOCK, Clock, Outbox, UseCaseError, notFound } from '@cercle/platform';
import { checkHealthSoon } from '../health/health-jobs';
import { missingPrep, type PrepItem } from '@cercle/events-domain';

const notAContributor = (memberId: string, occurrenceId: string) =>
  new UseCaseError(
    'not-a-contributor',
    422,
    `Member ${memberId} is neither a contributor nor a workshop host of this occurrence: name them in PUT /occurrences/${occurrenceId}/roles first.`,
  );

/** Each contributor's contribution to an occurrence, and the guide's readiness overview of them. */
@Injectable()
export class ContributionsService {
  constructor(
    private readonly em: EntityManager,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly outbox: Outbox,
  ) {}

  async update(occurrenceId: string, memberId: string, body: ContributionBody): Promise<void> {
    await this.em.fork().transactional((em) => this.updateIn(em, occurrenceId, memberId, body));
  }

  /** Updates in the caller's transaction (the chat records its own row with it). */
  async updateIn(em: EntityManager, occurrenceId: string, memberId: string, body: ContributionBody): Promise<void> {
    const occurrence = await lockedOccurrence(em, occurrenceId);
    if (!(await this.contributorRole(em, occurrence, memberId))) throw notAContributor(memberId, occurrenceId);
    const row =
      (await em.findOne(Contribution, { occurrenceId, memberId })) ??
      em.create(Contribution, { occurrenceId, memberId, prepStatus: 'notStarted', updatedAt: this.clock.now() });
    const changes = Object.fromEntries(Object.entries(body).filter(([, value]) => value !== undefined));
    Object.assign(row, changes, { updatedAt: this.clock.now() });
    checkHealthSoon(this.outbox, em, occurrenceId, this.clock.now());
    await em.flush();
  }

  /**
   * A contributor says their contribution is ready (`/cercle prêt`). Ready means what the readiness view
   * and the prep messages mean: a title and a materials link are in. While one is missing nothing is
   * recorded and what is missing is returned.
   */
  async markReadyIn(em: EntityManager, occurrenceId: string, memberId: string): Promise<PrepItem[]> {
    const missing = missingPrep(await em.findOne(Contribution, { occurrenceId, memberId }));
    if (missing.length) {
      // Still refused to someone with no contribution at all, rather than told what « their » contribution lacks.
      const occurrence = await lockedOccurrence(em, occurrenceId);
      if (!(await this.contributorRole(em, occurrence, memberId))) throw notAContributor(memberId, occurrenceId);
      return missing;
    }
    await this.updateIn(em, occurrenceId, memberId, { prepStatus: 'ready' });
    return [];
  }

  /** Whether someone has a contribution to give: named contributor, or host of a workshop they proposed. */
  async contributorRole(em: EntityManager, occurrence: Occurrence, memberId: string): Promise<'contributor' | 'workshopHost' | null> {
    if (occurrence.contributorMemberIds.includes(memberId)) return 'contributor';
    return (await workshopHostIds(em, occurrence.id)).includes(memberId) ? 'workshopHost' : null;
  }

  /** Each contributor, what is in and what is missing; `ready` when nothing is missing. */
  async readiness(occurrenceId: string) {
    const em = this.em.fork();
    const occurrence = await em.findOne(Occurrence, { id: occurrenceId });
    if (!occurrence) throw notFound('occurrence', occurrenceId);
    const views = await contributionViews(em, occurrence);
    const statuses = await em.find(Contribution, { occurrenceId });
    const guide = views.find((view) => view.role === 'guide');
    const contributions = views
      .filter((view) => view.role === 'contributor')
      .map(({ memberId, memberName, kind, title, materialsUrl, missing }) => ({
        memberId,
        memberName,
        kind,
        title,
        materialsUrl,
        prepStatus: statuses.find((row) => row.memberId === memberId)?.prepStatus ?? 'notStarted',
        missing,
      }));
    return {
      occurrenceId,
      guide: guide ? { memberId: guide.memberId, name: guide.memberName } : null,
      ready: contributions.every((c) => c.missing.length === 0),
      contributions,
    };
  }
}
