import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { type TopicKind, topicKindsOf, validatePlacement } from '@cercle/events-domain';
import { Occurrence } from '../entities/occurrence.entity';
import { Series } from '../entities/series.entity';
import { TopicProposal } from '../entities/topic-proposal.entity';
import { TopicVote } from '../entities/topic-vote.entity';
import { formatOf } from '../lifecycle/occurrence-facts';
import { communityMember, ensureVotesOpen, lockOccurrenceForChange } from './occurrence-access';
import { listTopics, placementDayOf, TopicListItem } from './topic-list';
import type { PlacementBody, ProposeTopicBody } from './topics.schemas';
import { CLOCK, Clock, UseCaseError, notFound } from '@cercle/platform';

/** A vote cast through a member's ballot link: only on that occurrence's topics, and only while votes are open. */
export interface BallotScope {
  occurrenceId: string;
}
export interface VoteResult {
  topicId: string;
  memberId: string;
  voted: boolean;
  votes: number;
}

/** Topics of an occurrence: proposals by organisers (for members or guests), votes, selection and placement. */
@Injectable()
export class TopicsService {
  constructor(
    private readonly em: EntityManager,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async propose(occurrenceId: string, body: ProposeTopicBody): Promise<TopicListItem> {
    const id = await this.em.fork().transactional((em) => this.proposeIn(em, occurrenceId, body));
    return this.one(id);
  }

  /** Proposes in the caller's transaction (the chat records its own row with it); returns the topic's id. */
  async proposeIn(em: EntityManager, occurrenceId: string, body: ProposeTopicBody): Promise<string> {
    const { series } = await lockOccurrenceForChange(em, occurrenceId);
    assertKindOffered(formatOf(series), body.kind);
    const proposerName = body.memberId ? (await communityMember(em, series.communityId, body.memberId)).name : body.guestName!;
    const topic = em.create(TopicProposal, {
      id: randomUUID(),
      occurrenceId,
      memberId: body.memberId,
      proposerName,
      title: body.title,
      kind: body.kind,
      description: body.description,
      addedOnTheDay: body.addedOnTheDay,
      selected: false,
      proposedAt: this.clock.now(),
    });
    await em.flush();
    return topic.id;
  }

  /**
   * One vote per member per topic: voting again changes nothing. A member voting through their ballot link
   * (`ballot`) may only vote on that occurrence's topics, and only until it is held; organisers may still
   * record a vote afterwards.
   */
  async vote(topicId: string, memberId: string, ballot?: BallotScope): Promise<VoteResult> {
    await this.em.fork().transactional((em) => this.voteIn(em, topicId, memberId, ballot));
    return { topicId, memberId, voted: true, votes: (await this.one(topicId)).votes };
  }

  /** Votes in the caller's transaction (the chat records its own row with it). */
  async voteIn(em: EntityManager, topicId: string, memberId: string, ballot?: BallotScope): Promise<void> {
    const { series } = await this.lockForVote(em, topicId, ballot);
    await communityMember(em, series.communityId, memberId);
    await em.upsert(TopicVote, { topicId, memberId, votedAt: this.clock.now() }, { onConflictAction: 'ignore' });
  }

  async withdrawVote(topicId: string, memberId: string, ballot?: BallotScope): Promise<VoteResult> {
    await this.em.fork().transactional(async (em) => {
      await this.lockForVote(em, topicId, ballot);
      await em.nativeDelete(TopicVote, { topicId, memberId });
    });
    return { topicId, memberId, voted: false, votes: (await this.one(topicId)).votes };
  }

  /** Checked under the occurrence's lock, so a vote cannot slip in while the occurrence is being held. */
  private async lockForVote(em: EntityManager, topicId: string, ballot: BallotScope | undefined) {
    const topic = await this.topic(em, topicId);
    if (ballot && topic.occurrenceId !== ballot.occurrenceId) throw notFound('topic', topicId);
    const locked = await lockOccurrenceForChange(em, topic.occurrenceId);
    if (ballot) ensureVotesOpen(locked.occurrence);
    return locked;
  }

  /** Selects (or unselects) a topic and places it; the domain checks the day, the slots and the rooms. */
  async place(topicId: string, body: PlacementBody): Promise<TopicListItem> {
    await this.em.fork().transactional(async (em) => {
      const { occurrenceId } = await this.topic(em, topicId);
      const { occurrence, series } = await lockOccurrenceForChange(em, occurrenceId);
      const topic = await em.findOneOrFail(TopicProposal, { id: topicId }, { refresh: true });
      let placement: Pick<TopicProposal, 'room' | 'localStart' | 'localEnd'> = { room: null, localStart: null, localEnd: null };
      if (body.selected && body.room && body.localStart && body.localEnd) {
        const others = await this.placedOthers(em, occurrence, topicId);
        const valid = validatePlacement(
          placementDayOf(series, occurrence),
          { room: body.room, localStart: body.localStart, localEnd: body.localEnd },
          others,
        );
        placement = { room: valid.room, localStart: valid.localStart, localEnd: valid.localEnd };
      }
      Object.assign(topic, { selected: body.selected, ...placement });
    });
    return this.one(topicId);
  }

  async programmeInputs(occurrenceId: string) {
    const em = this.em.fork();
    const occurrence = await em.findOne(Occurrence, { id: occurrenceId });
    if (!occurrence) throw notFound('occurrence', occurrenceId);
    const series = await em.findOneOrFail(Series, { id: occurrence.seriesId });
    return { occurrence, series, day: placementDayOf(series, occurrence), topics: await listTopics(em, occurrenceId) };
  }

  private async placedOthers(em: EntityManager, occurrence: Occurrence, topicId: string) {
    const rows = await em.find(TopicProposal, { occurrenceId: occurrence.id, selected: true, id: { $ne: topicId }, room: { $ne: null } });
    return rows.map((row) => ({ id: row.id, title: row.title, room: row.room!, localStart: row.localStart!, localEnd: row.localEnd! }));
  }

  private async topic(em: EntityManager, topicId: string): Promise<TopicProposal> {
    const topic = await em.findOne(TopicProposal, { id: topicId });
    if (!topic) throw notFound('topic', topicId);
    return topic;
  }

  private async one(topicId: string): Promise<TopicListItem> {
    const em = this.em.fork();
    const { occurrenceId } = await this.topic(em, topicId);
    return (await listTopics(em, occurrenceId)).find((t) => t.id === topicId)!;
  }
}

/** An occurrence takes only its format's own topic kinds (no talk at an open forum, no workshop at a peer group). */
export function assertKindOffered(format: Parameters<typeof topicKindsOf>[0], kind: TopicKind): void {
  const offered = topicKindsOf(format);
  if (!offered.includes(kind)) {
    throw new UseCaseError(
      'topic-kind-not-offered',
      422,
      `This occurrence's format takes topics of kind ${offered.join(', ')}, not ${kind}.`,
    );
  }
}
