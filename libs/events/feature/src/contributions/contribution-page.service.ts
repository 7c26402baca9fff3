import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { getFormat, missingPrep, type ContributionKind } from '@cercle/events-domain';
import { CommunityRef } from '../entities/community-ref.entity';
import { Contribution } from '../entities/contribution.entity';
import { Occurrence } from '../entities/occurrence.entity';
import { Series } from '../entities/series.entity';
import { namesOf, languageOf } from '../roles/people-directory';
import { ContributionsService } from './contributions.service';
import type { ContributionBody } from './contributions.schemas';
import { UseCaseError, notFound } from '@cercle/platform';

/** What a contributor or workshop host may give on their page; the prep status stays the organiser's API's. */
export type ContributionForm = Pick<ContributionBody, 'title' | 'kind' | 'materialsUrl'>;

/** The page is closed once the occurrence is cancelled or its notes are archived (nothing left to prepare). */
export type ContributionClosed = 'cancelled' | 'archived';

/**
 * A contributor's (or workshop host's) own contribution to one occurrence, reached by their signed link:
 * what they give (title, kind among the FORMAT's kinds, materials link) and what is still missing.
 */
@Injectable()
export class ContributionPageService {
  constructor(
    private readonly em: EntityManager,
    private readonly contributions: ContributionsService,
  ) {}

  async view(occurrenceId: string, memberId: string, em = this.em.fork()) {
    const occurrence = await em.findOne(Occurrence, { id: occurrenceId });
    if (!occurrence) throw notFound('occurrence', occurrenceId);
    const series = await em.findOneOrFail(Series, { id: occurrence.seriesId });
    const role = await this.contributions.contributorRole(em, occurrence, memberId);
    if (!role) throw new UseCaseError('not-a-contributor', 403, 'You are neither a contributor nor a workshop host of this occurrence.');
    const row = await em.findOne(Contribution, { occurrenceId, memberId });
    const community = await em.findOne(CommunityRef, { id: series.communityId });
    const closed: ContributionClosed | null =
      occurrence.status === 'cancelled' ? 'cancelled' : occurrence.status === 'archived' ? 'archived' : null;
    return {
      member: { memberId, name: (await namesOf(em, [memberId])).get(memberId)!, role },
      occurrence: {
        occurrenceId,
        title: series.title,
        startsAt: occurrence.startsAt,
        endsAt: occurrence.endsAt,
        timeZone: series.timeZone,
        theme: occurrence.theme,
      },
      language: await languageOf(em, memberId, community?.defaultLanguage),
      kinds: kindsOf(series),
      contribution: {
        title: row?.title ?? null,
        kind: row?.kind ?? null,
        materialsUrl: row?.materialsUrl ?? null,
        missing: missingPrep(row),
      },
      closed,
    };
  }

  /** Saves what the person gave (a field left out is kept, an empty one cleared) and answers the page as it now stands. */
  async save(occurrenceId: string, memberId: string, form: ContributionForm): Promise<ContributionPageView> {
    const view = await this.view(occurrenceId, memberId);
    if (view.closed)
      throw new UseCaseError('contribution-closed', 409, `This occurrence is ${view.closed}: its contributions can no longer change.`);
    if (form.kind && !view.kinds.some((kind) => kind.id === form.kind)) {
      throw new UseCaseError('kind-not-in-format', 422, `This format's kinds are: ${view.kinds.map((kind) => kind.id).join(', ')}.`);
    }
    await this.contributions.update(occurrenceId, memberId, form);
    return this.view(occurrenceId, memberId);
  }
}

export type ContributionPageView = Awaited<ReturnType<ContributionPageService['view']>>;

/** The contribution kinds of the series' format (an organiser's format was copied onto the series). */
function kindsOf(series: Series): ContributionKind[] {
  return (series.formatDefinition ?? getFormat(series.formatId)).contributionKinds;
}
