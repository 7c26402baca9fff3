import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import type { StepName, StepStatus } from '@cercle/events-domain';

/** One row of an occurrence's timeline: when the step is due, whether it ran, and what it did. */
@Entity({ tableName: 'occurrence_step' })
export class OccurrenceStep {
  @PrimaryKey({ type: 'uuid' })
  occurrenceId!: string;

  @PrimaryKey({ type: 'string', length: 40 })
  step!: StepName;

  @Property({ type: 'datetime' })
  dueAt!: Date;

  @Property({ type: 'string', length: 10 })
  state: StepStatus = 'pending';

  @Property({ type: 'datetime', nullable: true })
  doneAt: Date | null = null;

  /** What the step did, or why it was skipped, in a sentence an organiser can read in the timeline. */
  @Property({ type: 'text', nullable: true })
  outcome: string | null = null;
}
