import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/** One export of a member's data: membership's part written at once, the others as their answers arrive. */
@Entity({ tableName: 'member_export' })
@Index({ properties: ['memberId', 'requestedAt'] })
export class MemberExport {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid' })
  memberId!: string;

  @Property({ type: 'datetime' })
  requestedAt!: Date;

  /** The member as membership held them when the export was asked for. */
  @Property({ type: 'json' })
  member!: Record<string, unknown>;

  @Property({ type: 'json' })
  membershipPart!: Record<string, unknown>;

  @Property({ type: 'json', nullable: true })
  eventsPart: Record<string, unknown> | null = null;

  @Property({ type: 'json', nullable: true })
  notificationsPart: Record<string, unknown> | null = null;
}
