import { Entity, PrimaryKey, Property, Unique } from '@mikro-orm/core';

@Entity({ tableName: 'member' })
@Unique({ properties: ['communityId', 'email'] })
export class Member {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid' })
  communityId!: string;

  @Property({ type: 'string' })
  name!: string;

  /** Stored lower-cased so that one person is one member per community. */
  @Property({ type: 'string' })
  email!: string;

  @Property({ type: 'string', length: 2 })
  language: 'fr' | 'en' = 'fr';

  @Property({ type: 'string', nullable: true })
  mattermostUsername: string | null = null;

  /** The member's Matrix (Tchap) id, @name:server; null when unknown. */
  @Property({ type: 'string', length: 255, nullable: true })
  matrixUserId: string | null = null;

  @Property({ type: 'boolean' })
  active = true;

  /**
   * Registered from an occurrence's public page rather than added by an organiser: gets what registrants
   * get, never what goes to every member. An organiser adding the same address makes them a member.
   */
  @Property({ type: 'boolean' })
  guest = false;

  @Property({ type: 'datetime' })
  createdAt!: Date;

  /** Set when the member was erased: the row stays (registrations still count) but says nothing about them. */
  @Property({ type: 'datetime', nullable: true })
  erasedAt: Date | null = null;
}
