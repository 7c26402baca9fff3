import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/** One member's vote for one topic: the key makes a second vote by the same member a no-op. */
@Entity({ tableName: 'topic_vote' })
export class TopicVote {
  @PrimaryKey({ type: 'uuid' })
  topicId!: string;

  @PrimaryKey({ type: 'uuid' })
  memberId!: string;

  @Property({ type: 'datetime' })
  votedAt!: Date;
}
