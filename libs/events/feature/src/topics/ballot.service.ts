import { languageOf } from '../roles/people-directory';
import { Inject, Injectable } from '@nestjs/common';
import { coveredBefore } from '../memory/covered-before';
import { EntityManager } from '@mikro-orm/postgresql';
import { LinkPurpose } from '@cercle/contracts';
import { SERVICE_CONFIG, ServiceConfig, CLOCK, Clock, UseCaseError, notFound } from '@cercle/platform';
import { CommunityRef } from '../entities/community-ref.entity';
import { MemberRef } from '../entities/member-ref.entity';
import { Occurrence } from '../entities/occurrence.entity';
import { Series } from '../entities/series.entity';
import { TopicVote } from '../entities/topic-vote.entity';
import { verifyOccurrenceLink } from '../http/signed-page';
import { ensureVotesOpen, votesOpen } from './occurrence-access';
import { listTopics } from './topic-list';
import { TopicsService, VoteResult } from './topics.service';

export type BallotView = Awaited<ReturnType<BallotService['open']>>;

/**
 * A member's ballot: the proposed topics of one occurrence and their own votes, reached by the member's
 * registration link (purpose `register`, subject = the occurrence), so every email that invites them to
 * register can also invite them to vote. The votes themselves are TopicsService's, scoped to the link.
 */
@Injectable()
export class BallotService {
  constructor(
    private readonly em: EntityManager,
    private readonly topics: TopicsService,
    @Inject(SERVICE_CONFIG) private readonly config: ServiceConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async open(token: string) {
    const { occurrenceId, memberId } = this.claim(token);
    const em = this.em.fork();
    const occurrence = await em.findOne(Occurrence, { id: occurrenceId });
    if (!occurrence) throw notFound('occurrence', occurrenceId);
    const series = await em.findOneOrFail(Series, { id: occurrence.seriesId });
    const member = await this.voter(em, series.communityId, memberId);
    const topics = await listTopics(em, occurrenceId);
    const mine = topics.length ? await em.find(TopicVote, { memberId, topicId: { $in: topics.map((t) => t.id) } }) : [];
    const voted = new Set(mine.map((v) => v.topicId));
    const community = await em.findOne(CommunityRef, { id: series.communityId });
    // A topic close to one a past session covered says when: people may read those notes before voting.
    const covered = await coveredBefore(
      em,
      series.id,
      topics.map((t) => t.title),
      this.config.PUBLIC_URL,
    );
    return {
      occurrence: {
        id: occurrence.id,
        title: series.title,
        startsAt: occurrence.startsAt,
        endsAt: occurrence.endsAt,
        timeZone: series.timeZone,
        status: occurrence.status,
      },
      member: { memberId, name: member.name },
      language: await languageOf(em, memberId, community?.defaultLanguage),
      votesOpen: votesOpen(occurrence),
      topics: topics.map((t, index) => ({
        id: t.id,
        title: t.title,
        kind: t.kind,
        description: t.description,
        proposer: t.proposerName,
        votes: t.votes,
        votedByMe: voted.has(t.id),
        selected: t.selected,
        room: t.selected ? t.room : null,
        localStart: t.selected ? t.localStart : null,
        localEnd: t.selected ? t.localEnd : null,
        coveredOn: covered[index][0]?.startsAt ?? null,
      })),
    };
  }

  /** `yes` votes, `no` withdraws the vote; both are idempotent. */
  async cast(token: string, topicId: string, vote: 'yes' | 'no'): Promise<VoteResult> {
    const { occurrenceId, memberId } = this.claim(token);
    const em = this.em.fork();
    const occurrence = await em.findOne(Occurrence, { id: occurrenceId });
    if (!occurrence) throw notFound('occurrence', occurrenceId);
    ensureVotesOpen(occurrence);
    await this.voter(em, (await em.findOneOrFail(Series, { id: occurrence.seriesId })).communityId, memberId);
    return vote === 'yes'
      ? this.topics.vote(topicId, memberId, { occurrenceId })
      : this.topics.withdrawVote(topicId, memberId, { occurrenceId });
  }

  /** Only an active member of the series' community votes (a link outlives a membership). */
  private async voter(em: EntityManager, communityId: string, memberId: string): Promise<MemberRef> {
    const member = await em.findOne(MemberRef, { id: memberId });
    if (!member || member.communityId !== communityId || !member.active) {
      throw new UseCaseError('not-a-voter', 403, 'Only active members of this community can vote on its topics.');
    }
    return member;
  }

  private claim(token: string) {
    return verifyOccurrenceLink(this.config.LINK_SECRET, token, LinkPurpose.Register, this.clock.now());
  }
}
