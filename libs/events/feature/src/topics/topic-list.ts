import type { EntityManager } from '@mikro-orm/postgresql';
import type { OccurrenceSnapshot } from '@cercle/contracts';
import { buildAgenda, PlacementDay, rankTopics } from '@cercle/events-domain';
import { formatOf } from '../lifecycle/occurrence-facts';
import type { Occurrence } from '../entities/occurrence.entity';
import type { Series } from '../entities/series.entity';
import { TopicProposal } from '../entities/topic-proposal.entity';
import { TopicVote } from '../entities/topic-vote.entity';

export type TopicListItem = TopicProposal & { votes: number };
type TopicView = OccurrenceSnapshot['topics'][number];

/** The occurrence's day as placement sees it: real start and end, zone, and the format's agenda on that day. */
export function placementDayOf(series: Series, occurrence: Occurrence): PlacementDay {
  return {
    startsAt: occurrence.startsAt,
    endsAt: occurrence.endsAt,
    timeZone: series.timeZone,
    agenda: buildAgenda(formatOf(series), occurrence.startsAt, series.timeZone),
  };
}

/** An occurrence's topics with their vote counts, most votes first. */
export async function listTopics(em: EntityManager, occurrenceId: string): Promise<TopicListItem[]> {
  const topics = await em.find(TopicProposal, { occurrenceId }, { refresh: true });
  const votes = topics.length ? await em.find(TopicVote, { topicId: { $in: topics.map((t) => t.id) } }) : [];
  const counts = new Map<string, number>();
  for (const vote of votes) counts.set(vote.topicId, (counts.get(vote.topicId) ?? 0) + 1);
  return rankTopics(topics.map((topic) => ({ ...topic, votes: counts.get(topic.id) ?? 0 })));
}

export function topicJson(topic: TopicListItem) {
  const {
    id,
    registrationId,
    occurrenceId,
    memberId,
    proposerName,
    title,
    kind,
    description,
    addedOnTheDay,
    votes,
    selected,
    room,
    localStart,
    localEnd,
    proposedAt,
  } = topic;
  return {
    id,
    registrationId,
    occurrenceId,
    memberId,
    proposerName,
    title,
    kind,
    description,
    addedOnTheDay,
    votes,
    selected,
    room,
    localStart,
    localEnd,
    proposedAt,
  };
}

/**
 * The topics as messages carry them (`occurrence.topics`): the programme first (selected topics in time
 * order), then the other proposals by votes, so an announcement, a reminder or the agenda reads in order.
 */
export async function snapshotTopics(em: EntityManager, occurrenceId: string): Promise<TopicView[]> {
  const ranked = await listTopics(em, occurrenceId);
  const selected = ranked.filter((t) => t.selected).sort((a, b) => (a.localStart ?? '99:99').localeCompare(b.localStart ?? '99:99'));
  return [...selected, ...ranked.filter((t) => !t.selected)].map((t) => ({
    title: t.title,
    kind: t.kind,
    description: t.description,
    proposer: t.proposerName,
    selected: t.selected,
    room: t.selected ? t.room : null,
    localStart: t.selected ? t.localStart : null,
    localEnd: t.selected ? t.localEnd : null,
  }));
}
