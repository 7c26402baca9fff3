import type { EntityManager } from '@mikro-orm/postgresql';
import type { AccessResolvers } from '@cercle/platform';
import { MemberRef } from '../entities/member-ref.entity';
import { Occurrence } from '../entities/occurrence.entity';
import { Series } from '../entities/series.entity';
import { TopicProposal } from '../entities/topic-proposal.entity';

async function communityOfSeries(em: EntityManager, seriesId: string): Promise<string | null> {
  return (await em.findOne(Series, { id: seriesId }, { fields: ['communityId'] }))?.communityId ?? null;
}

async function communityOfOccurrence(em: EntityManager, occurrenceId: string): Promise<string | null> {
  const occurrence = await em.findOne(Occurrence, { id: occurrenceId }, { fields: ['seriesId'] });
  return occurrence ? communityOfSeries(em, occurrence.seriesId) : null;
}

/** How events traces what its organiser routes act on to a community (see the access table). */
export const eventsAccess: AccessResolvers = {
  series: communityOfSeries,
  occurrence: communityOfOccurrence,
  topic: async (em, topicId) => {
    const topic = await em.findOne(TopicProposal, { id: topicId }, { fields: ['occurrenceId'] });
    return topic ? communityOfOccurrence(em, topic.occurrenceId) : null;
  },
  member: async (em, memberId) => (await em.findOne(MemberRef, { id: memberId }, { fields: ['communityId'] }))?.communityId ?? null,
};
