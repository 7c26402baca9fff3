import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import type { HealthCheck } from '@cercle/events-domain';
import type { HealthAlertView } from '@cercle/contracts';

/**
 * One health alert of an occurrence: raised when a check's condition is found, cleared when it is gone. A
 * partial unique index keeps at most one `raised` row per check, so a condition is announced once; a
 * condition that comes back after clearing is a new row.
 */
@Entity({ tableName: 'occurrence_alert' })
export class OccurrenceAlert {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid' })
  occurrenceId!: string;

  @Property({ type: 'string', length: 30 })
  check!: HealthCheck;

  @Property({ type: 'string', length: 10 })
  state: 'raised' | 'cleared' = 'raised';

  /** The numbers the alert was raised with (who by member id, how many, the threshold): no names are kept. */
  @Property({ type: 'json' })
  detail!: Omit<HealthAlertView, 'check' | 'raisedAt' | 'link' | 'names'> & { memberIds: string[] };

  @Property({ type: 'datetime' })
  raisedAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  clearedAt: Date | null = null;
}
