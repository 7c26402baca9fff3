import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import type { TopicKind } from '@cercle/events-domain';

/** A topic proposed at registration; one per registration, replaced when the member proposes again. */
@Entity({ tableName: 'topic_proposal' })
export class TopicProposal {
  @PrimaryKey({ type: 'uuid' })
  registrationId!: string;

  @Property({ type: 'uuid' })
  occurrenceId!: string;

  @Property({ type: 'uuid' })
  memberId!: string;

  @Property({ type: 'string' })
  proposerName!: string;

  @Property({ type: 'string' })
  title!: string;

  @Property({ type: 'string', length: 20 })
  kind!: TopicKind;

  @Property({ type: 'text', nullable: true })
  description: string | null = null;

  @Property({ type: 'datetime' })
  proposedAt!: Date;
}
