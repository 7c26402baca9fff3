import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { z } from 'zod';
import { LinkPurpose } from '@cercle/contracts';
import { proposeReplacement } from '@cercle/events-domain';
import { Outbox, SERVICE_CONFIG, ServiceConfig, CLOCK, Clock, conflict, UseCaseError } from '@cercle/platform';
import { ContributionsService } from '../contributions/contributions.service';
import type { ContributionBody } from '../contributions/contributions.schemas';
import { CommunityRef } from '../entities/community-ref.entity';
import { Contribution } from '../entities/contribution.entity';
import { Occurrence } from '../entities/occurrence.entity';
import { RoleResponse } from '../entities/role-response.entity';
import { Series } from '../entities/series.entity';
import { verifyOccurrenceLink } from '../http/signed-page';
import { namesOf, languageOf } from '../roles/people-directory';
import { lockedOccurrence } from '../roles/roles.service';
import { carryNextRoles, findNextOccurrence, nextSessionDate } from './next-occurrence';
import { tellChosen } from './next-roles-message';
import { rotationMembers } from './rotation-members';

export const roleResponseForm = z.object({ response: z.enum(['accept', 'decline']) });
export type RoleResponseForm = z.infer<typeof roleResponseForm>;
export type RoleResponseView = Awaited<ReturnType<RoleResponseService['open']>>;

/**
 * A person chosen for the next session answers through their signed link (purpose role-response, subject =
 * the occurrence where the roles were chosen). A decline is final for that session: rotation proposes the next
 * person for the role, who is told at once; answering the same thing again changes nothing.
 */
@Injectable()
export class RoleResponseService {
  constructor(
    private readonly em: EntityManager,
    private readonly outbox: Outbox,
    private readonly contributions: ContributionsService,
    @Inject(SERVICE_CONFIG) private readonly config: ServiceConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async open(token: string, em = this.em.fork()) {
    const { occurrenceId, memberId } = this.claim(token);
    const row = await em.findOne(RoleResponse, { occurrenceId, memberId });
    const source = await em.findOne(Occurrence, { id: occurrenceId });
    if (!row || !source) throw new UseCaseError('role-not-offered', 404, 'No role was offered to you for this session.');
    const series = await em.findOneOrFail(Series, { id: source.seriesId });
    const next = await findNextOccurrence(em, source);
    const names = await namesOf(em, [memberId]);
    const community = await em.findOne(CommunityRef, { id: series.communityId });
    // An accepted contributor says here what they will bring to the next session (their own contribution).
    const contributing = row.role === 'contributor' && row.answer === 'accepted' && next?.contributorMemberIds.includes(memberId);
    const contribution = contributing ? await em.findOne(Contribution, { occurrenceId: next!.id, memberId }) : null;
    return {
      member: { memberId, name: names.get(memberId)! },
      role: row.role,
      answer: row.answer,
      language: await languageOf(em, memberId, community?.defaultLanguage),
      session: {
        occurrenceId: next?.id ?? null,
        title: series.title,
        startsAt: next?.startsAt ?? null,
        timeZone: series.timeZone,
        theme: next?.theme ?? source.nextTheme,
      },
      contribution: contributing
        ? {
            kind: contribution?.kind ?? null,
            title: contribution?.title ?? null,
            materialsUrl: contribution?.materialsUrl ?? null,
            prepStatus: contribution?.prepStatus ?? 'notStarted',
          }
        : null,
    };
  }

  /** The contributor's own part of the next session, once they accepted the role. */
  async saveContribution(token: string, body: ContributionBody): Promise<RoleResponseView> {
    const view = await this.open(token);
    if (!view.contribution || !view.session.occurrenceId) {
      throw conflict('contribution-not-open', 'Accept the contributor role first; then you can describe your contribution here.');
    }
    await this.contributions.update(view.session.occurrenceId, view.member.memberId, body);
    return this.open(token);
  }

  async respond(token: string, form: RoleResponseForm): Promise<RoleResponseView & { replacementMemberId: string | null }> {
    const { occurrenceId, memberId } = this.claim(token);
    const replacementMemberId = await this.em.fork().transactional(async (em) => {
      const source = await lockedOccurrence(em, occurrenceId);
      const row = await em.findOne(RoleResponse, { occurrenceId, memberId });
      if (!row) throw new UseCaseError('role-not-offered', 404, 'No role was offered to you for this session.');
      const answer = form.response === 'accept' ? 'accepted' : 'declined';
      if (row.answer === answer) return null;
      if (row.answer === 'declined')
        throw conflict('role-already-declined', 'You declined this role; it has been offered to someone else.');
      Object.assign(row, { answer, answeredAt: this.clock.now() });
      return answer === 'declined' ? this.replace(em, source, row) : null;
    });
    return { ...(await this.open(token)), replacementMemberId };
  }

  /** Frees the declined role, asks the next person rotation proposes for it, and updates the next occurrence. */
  private async replace(em: EntityManager, source: Occurrence, declined: RoleResponse): Promise<string | null> {
    await em.flush();
    const series = await em.findOneOrFail(Series, { id: source.seriesId });
    const holding = [source.nextGuideMemberId, ...source.nextContributorMemberIds].filter((id): id is string => !!id);
    const date = await nextSessionDate(em, series, source);
    const replacement = date ? proposeReplacement(await rotationMembers(em, series, source), date, holding) : null;
    if (declined.role === 'guide') {
      source.nextGuideMemberId = replacement;
    } else {
      source.nextContributorMemberIds = source.nextContributorMemberIds.flatMap((id) =>
        id !== declined.memberId ? [id] : replacement ? [replacement] : [],
      );
    }
    const next = await findNextOccurrence(em, source);
    if (next) carryNextRoles(source, next);
    if (!replacement) return null;
    em.create(RoleResponse, { occurrenceId: source.id, memberId: replacement, role: declined.role, answer: 'pending' });
    await tellChosen(em, (name, payload) => this.outbox.publish(em, name, payload), series, source, [replacement]);
    return replacement;
  }

  private claim(token: string): { occurrenceId: string; memberId: string } {
    return verifyOccurrenceLink(this.config.LINK_SECRET, token, LinkPurpose.RoleResponse, this.clock.now());
  }
}
