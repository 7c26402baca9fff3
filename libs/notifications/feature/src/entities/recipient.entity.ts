import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/** Notifications' copy of a member (from `member.changed`): who can be told what, and how. */
@Entity({ tableName: 'recipient' })
@Index({ properties: ['communityId', 'memberId'] })
export class Recipient {
  @PrimaryKey({ type: 'uuid' })
  memberId!: string;

  @Property({ type: 'uuid' })
  communityId!: string;

  @Property({ type: 'string' })
  name!: string;

  @Property({ type: 'string', length: 320 })
  email!: string;

  @Property({ type: 'string', length: 2 })
  language: 'fr' | 'en' = 'fr';

  @Property({ type: 'string', length: 64, nullable: true })
  mattermostUsername: string | null = null;

  @Property({ type: 'string', length: 255, nullable: true })
  matrixUserId: string | null = null;

  @Property({ type: 'boolean' })
  active = true;

  /** Registered from a public page: receives what is sent to them by name, never what goes to every member. */
  @Property({ type: 'boolean' })
  guest = false;

  /** When the `member.changed` this copy holds happened: an older one arriving later is ignored. */
  @Property({ type: 'datetime' })
  updatedAt: Date = new Date(0);
}
