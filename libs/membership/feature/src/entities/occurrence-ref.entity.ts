import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import type { AgendaItem, FormatRules, TopicKind } from '@cercle/contracts';

/**
 * Membership's copy of what it needs to know about an occurrence (kept from `occurrence.changed`):
 * enough to show the registration page and to refuse answers once registration is closed.
 */
@Entity({ tableName: 'occurrence_ref' })
export class OccurrenceRef {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid' })
  seriesId!: string;

  @Property({ type: 'uuid' })
  communityId!: string;

  @Property({ type: 'string' })
  title!: string;

  @Property({ type: 'datetime' })
  startsAt!: Date;

  @Property({ type: 'datetime' })
  endsAt!: Date;

  @Property({ type: 'string' })
  timeZone!: string;

  @Property({ type: 'string' })
  status!: string;

  @Property({ type: 'boolean' })
  registrationOpen = false;

  /** Places for `yes` answers; null = no limit. Further `yes` answers wait on the waiting list. */
  @Property({ type: 'integer', nullable: true })
  capacity: number | null = null;

  @Property({ type: 'string', nullable: true })
  location: string | null = null;

  /** Agenda with local clock times, shown on the registration page (empty until events sends it). */
  @Property({ type: 'json' })
  agenda: AgendaItem[] = [];

  /** Whether people beyond the members may register from the public page (the format says). */
  @Property({ type: 'boolean' })
  openToGuests = false;

  @Property({ type: 'text', nullable: true })
  theme: string | null = null;

  @Property({ type: 'text', nullable: true })
  cancellationReason: string | null = null;

  /** The topic kinds the format offers (the form's choices); null: every kind (events has not said). */
  @Property({ type: 'json', nullable: true })
  topicKinds: TopicKind[] | null = null;

  /** The format's rules (principles, attendance), shown on the registration page; null when it states none. */
  @Property({ type: 'json', nullable: true })
  rules: FormatRules | null = null;

  /** When events published the version this copy holds: an older message arriving later is ignored. */
  @Property({ type: 'datetime', nullable: true })
  changedAt: Date | null = null;
}
