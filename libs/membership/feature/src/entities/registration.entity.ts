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

  /**
   * The place the answer holds: `confirmed` (a place), `waitlisted` (waiting for one) or `declined`
   * (no place: the answer is `no` or `maybe`).
   */
  @Property({ type: 'string', length: 10 })
  status!: 'confirmed' | 'waitlisted' | 'declined';

  /** When the member joined the waiting list: its order (ties broken by id). Null unless waitlisted. */
  @Property({ type: 'datetime', nullable: true })
  waitlistedAt: Date | null = null;

  @Property({ type: 'datetime' })
  createdAt!: Date;

  @Property({ type: 'datetime' })
  updatedAt!: Date;
}
