import { Entity, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import type { OccurrenceStatus } from '@cercle/events-domain';

/**
 * One materialised occurrence of a series, with its own roles and the roles recorded for the next one.
 * `key` is the original local date (the domain's occurrence identity): unique per series, so planning the
 * same occurrence twice fails instead of doubling it.
 */
@Entity({ tableName: 'occurrence' })
@Unique({ properties: ['seriesId', 'key'] })
export class Occurrence {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid' })
  seriesId!: string;

  @Property({ type: 'string', length: 10 })
  key!: string;

  @Property({ type: 'datetime' })
  startsAt!: Date;

  @Property({ type: 'datetime' })
  endsAt!: Date;

  /** Copied from the series when planned; a series edit changes them only while nobody has been told. */
  @Property({ type: 'string' })
  title!: string;

  @Property({ type: 'string', nullable: true })
  location: string | null = null;

  @Property({ type: 'integer', nullable: true })
  capacity: number | null = null;

  /** iCalendar SEQUENCE: raised by every reschedule and by the cancellation. */
  @Property({ type: 'integer' })
  calendarSequence = 0;

  /** Where the occurrence started before its last reschedule. */
  @Property({ type: 'datetime', nullable: true })
  previousStartsAt: Date | null = null;

  @Property({ type: 'text', nullable: true })
  cancellationReason: string | null = null;

  /** Due time of the closeRegistration step. */
  @Property({ type: 'datetime', nullable: true })
  registrationClosesAt: Date | null = null;

  /** Counts the moves of the step jobs; part of their job ids (see lifecycleStepJobId). */
  @Property({ type: 'integer' })
  scheduleRevision = 0;

  /** The domain's vocabulary (`open` while registration is open); messages say `announced`. */
  @Property({ type: 'string', length: 20 })
  status: OccurrenceStatus = 'planned';

  @Property({ type: 'string', nullable: true })
  theme: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  guideMemberId: string | null = null;

  @Property({ type: 'json' })
  contributorMemberIds: string[] = [];

  @Property({ type: 'datetime', nullable: true })
  nextRolesRecordedAt: Date | null = null;

  @Property({ type: 'string', nullable: true })
  nextTheme: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  nextGuideMemberId: string | null = null;

  @Property({ type: 'json' })
  nextContributorMemberIds: string[] = [];

  @Property({ type: 'datetime' })
  createdAt!: Date;
}
