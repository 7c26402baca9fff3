import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/** How many deliveries about an occurrence stand failed, as notifications last counted them (newest count kept). */
@Entity({ tableName: 'delivery_failure_count' })
export class DeliveryFailureCount {
  @PrimaryKey({ type: 'uuid' })
  occurrenceId!: string;

  @Property({ type: 'integer' })
  failed!: number;

  @Property({ type: 'datetime' })
  countedAt!: Date;
}
