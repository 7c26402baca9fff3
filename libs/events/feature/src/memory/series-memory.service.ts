import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { notFound, SERVICE_CONFIG, ServiceConfig } from '@cercle/platform';
import { Occurrence } from '../entities/occurrence.entity';
import { OccurrenceNote } from '../entities/occurrence-note.entity';
import { Series } from '../entities/series.entity';
import { TopicProposal } from '../entities/topic-proposal.entity';
import { namesOf } from '../roles/people-directory';
import { occurrencePageUrl } from '../occurrences/occurrence-url';
import { coveredBefore, type CoveredBefore } from './covered-before';
import { searchPastOccurrences } from './memory-search';

/**
 * What a series remembers: every past occurrence (held or archived) with its theme, guide, contributors,
 * topics and notes, newest first; with `q`, only those whose theme, topics or notes match, best first.
 */
@Injectable()
export class SeriesMemory {
  constructor(
    private readonly em: EntityManager,
    @Inject(SERVICE_CONFIG) private readonly config: ServiceConfig,
  ) {}

  /** Past occurrences of the occurrence's series that covered a theme or topic close to `proposal`. */
  async closeTo(occurrenceId: string, proposal: string | null | undefined): Promise<CoveredBefore[]> {
    if (!proposal) return [];
    const em = this.em.fork();
    const occurrence = await em.findOne(Occurrence, { id: occurrenceId });
    return occurrence ? (await coveredBefore(em, occurrence.seriesId, [proposal], this.config.PUBLIC_URL))[0] : [];
  }

  async of(seriesId: string, q: string) {
    const em = this.em.fork();
    const series = await em.findOne(Series, { id: seriesId });
    if (!series) throw notFound('series', seriesId);
    const ids = q ? await searchPastOccurrences(em, seriesId, q) : null;
    const past = await em.find(
      Occurrence,
      { seriesId, status: { $in: ['held', 'archived'] }, ...(ids ? { id: { $in: ids } } : {}) },
      { orderBy: { startsAt: 'desc' } },
    );
    const order = ids ? past.sort((a, b) => ids.indexOf(a.id) - ids.indexOf(b.id)) : past;
    const occurrenceIds = order.map((o) => o.id);
    const [topics, notes, names] = await Promise.all([
      em.find(TopicProposal, { occurrenceId: { $in: occurrenceIds } }, { orderBy: { proposedAt: 'asc' } }),
      em.find(OccurrenceNote, { occurrenceId: { $in: occurrenceIds } }, { orderBy: { workshop: 'asc' } }),
      namesOf(
        em,
        order.flatMap((o) => [o.guideMemberId, ...o.contributorMemberIds]),
      ),
    ]);
    const person = (id: string) => ({ memberId: id, name: names.get(id) ?? id });
    return {
      seriesId,
      title: series.title,
      q: q || null,
      occurrences: order.map((o) => ({
        occurrenceId: o.id,
        startsAt: o.startsAt,
        status: o.status === 'archived' ? 'archived' : 'held',
        theme: o.theme,
        guide: o.guideMemberId ? person(o.guideMemberId) : null,
        contributors: o.contributorMemberIds.map(person),
        topics: topics
          .filter((t) => t.occurrenceId === o.id)
          .map(({ title, kind, proposerName, selected }) => ({ title, kind, proposer: proposerName, selected })),
        notes: {
          workshops: notes.filter((n) => n.occurrenceId === o.id).map(({ workshop, scribeName }) => ({ workshop, scribe: scribeName })),
          link: occurrencePageUrl(this.config.PUBLIC_URL, o.id),
        },
      })),
    };
  }
}
