import { Entity, PrimaryKey, Property, Unique } from '@mikro-orm/core';

/** A member's answer for one occurrence; changing one's mind updates the same row. */
@Entity({ tableName: 'registration' })
@Unique({ properties: ['occurrenceId', 'memberId'] })
export class Registration {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid' })
  occurrenceId!: string;

  @Property({ type: 'uuid' })
  memberId!: string;

  @Property({ type: 'string', length: 5 })
  answer!: 'yes' | 'no' | 'maybe';

  @Property({ type: 'datetime' })
  createdAt!: Date;

  @Property({ type: 'datetime' })
  updatedAt!: Date;
}
