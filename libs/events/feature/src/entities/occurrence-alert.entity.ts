import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import type { HealthCheck } from '@cercle/events-domain';
import type { HealthAlertView } from '@cercle/contracts';

/**
 * One health alert of an occurrence: raised when a check's condition is found, cleared when it is resolved,
 * withdrawn (silently) when its check stops applying (switched off, window changed, occurrence over). A
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
  state: 'raised' | 'cleared' | 'withdrawn' = 'raised';

  /** The numbers the alert was raised with (who by member id, how many, the threshold): no names are kept. */
  @Property({ type: 'json' })
  detail!: Omit<HealthAlertView, 'check' | 'raisedAt' | 'link' | 'names'> & { memberIds: string[] };

  /** The members told it was raised (the guide and alert contacts then): only they are told it is resolved. */
  @Property({ type: 'json' })
  toldMemberIds: string[] = [];

  @Property({ type: 'datetime' })
  raisedAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  clearedAt: Date | null = null;
}
