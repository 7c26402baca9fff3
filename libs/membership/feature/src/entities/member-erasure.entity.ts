import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/** What each service changed to erase a member; a service's report is null until it has answered. */
export interface ErasureReport {
  counts: Record<string, number>;
  doneAt: string;
  /** Coming occurrences that lost their guide (events). */
  guideFreedOn?: string[];
}

@Entity({ tableName: 'member_erasure' })
@Index({ properties: ['memberId', 'requestedAt'] })
export class MemberErasure {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid' })
  memberId!: string;

  @Property({ type: 'datetime' })
  requestedAt!: Date;

  @Property({ type: 'json' })
  membershipReport!: ErasureReport;

  @Property({ type: 'json', nullable: true })
  eventsReport: ErasureReport | null = null;

  @Property({ type: 'json', nullable: true })
  notificationsReport: ErasureReport | null = null;
}
