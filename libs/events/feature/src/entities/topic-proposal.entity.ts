import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import type { TopicKind } from '@cercle/events-domain';

/**
 * A proposed topic: from a registration (its id is the registration's, so a member proposing again replaces
 * it) or added by an organiser for a member or a named guest, before or on the day. Once selected, an
 * open-forum topic is placed in a room at local wall-clock times of the occurrence's day.
 */
@Entity({ tableName: 'topic_proposal' })
export class TopicProposal {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid', nullable: true, unique: true })
  registrationId: string | null = null;

  @Property({ type: 'uuid' })
  occurrenceId!: string;

  /** Null for a guest (an invited expert, someone outside the community). */
  @Property({ type: 'uuid', nullable: true })
  memberId: string | null = null;

  @Property({ type: 'string' })
  proposerName!: string;

  @Property({ type: 'string' })
  title!: string;

  @Property({ type: 'string', length: 20 })
  kind!: TopicKind;

  @Property({ type: 'text', nullable: true })
  description: string | null = null;

  /** Written on the central board at the opening rather than proposed beforehand. */
  @Property({ type: 'boolean' })
  addedOnTheDay = false;

  @Property({ type: 'boolean' })
  selected = false;

  @Property({ type: 'string', nullable: true })
  room: string | null = null;

  /** `HH:mm` in the series' time zone on the occurrence's day. */
  @Property({ type: 'string', length: 5, nullable: true })
  localStart: string | null = null;

  @Property({ type: 'string', length: 5, nullable: true })
  localEnd: string | null = null;

  @Property({ type: 'datetime' })
  proposedAt!: Date;
}
