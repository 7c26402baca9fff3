import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import type { Format, HealthSettings, MovedOccurrence, StepOffsets } from '@cercle/events-domain';

/** A recurring gathering: its recurrence (floating local time in its zone), its format and its step offsets. */
@Entity({ tableName: 'series' })
export class Series {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid' })
  communityId!: string;

  @Property({ type: 'uuid' })
  organiserId!: string;

  @Property({ type: 'string' })
  title!: string;

  @Property({ type: 'string' })
  formatId!: string;

  @Property({ type: 'string' })
  rrule!: string;

  /** YYYY-MM-DD, the earliest local day of the series. */
  @Property({ type: 'string', length: 10 })
  firstDate!: string;

  /** HH:mm local wall-clock time, kept across DST changes. */
  @Property({ type: 'string', length: 5 })
  startTime!: string;

  @Property({ type: 'string' })
  timeZone!: string;

  @Property({ type: 'integer' })
  durationMinutes!: number;

  @Property({ type: 'string', nullable: true })
  location: string | null = null;

  /** Per-step overrides in minutes from the step's anchor; missing steps use the domain defaults. */
  @Property({ type: 'json' })
  stepOffsets: StepOffsets = {};

  /** Places for `yes` answers (then a waiting list); null: no limit. Copied to each occurrence when planned. */
  @Property({ type: 'integer', nullable: true })
  capacity: number | null = null;

  /** How many future occurrences are kept planned (rolling horizon). */
  @Property({ type: 'integer' })
  horizonOccurrences = 3;

  /** Exceptions to the rule, by original local date (YYYY-MM-DD). */
  @Property({ type: 'json' })
  skippedDates: string[] = [];

  @Property({ type: 'json' })
  movedOccurrences: MovedOccurrence[] = [];

  /** The organiser format's definition when `formatId` is not a built-in one (copied at creation). */
  @Property({ type: 'json', nullable: true })
  formatDefinition: Format | null = null;

  /** The organiser's choice of health checks and thresholds (null: the domain defaults); see healthSettingsOf. */
  @Property({ type: 'json', nullable: true })
  healthChecks: HealthSettings | null = null;

  @Property({ type: 'datetime' })
  createdAt!: Date;
}
