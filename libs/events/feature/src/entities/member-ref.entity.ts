import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/** Events' copy of a member (kept from `member.changed`): names for roles and messages, who can be asked to serve. */
@Entity({ tableName: 'member_ref' })
export class MemberRef {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid' })
  communityId!: string;

  @Property({ type: 'string' })
  name!: string;

  @Property({ type: 'boolean' })
  active = true;

  /** Registered from a public page: gets what registrants get, is never asked to serve nor told of other occurrences. */
  @Property({ type: 'boolean' })
  guest = false;

  /** How the chat recognises them (`/cercle`): their Mattermost username, then their email. */
  @Property({ type: 'string', nullable: true })
  mattermostUsername: string | null = null;

  @Property({ type: 'string', nullable: true })
  email: string | null = null;

  /** The language the chat answers them in. */
  @Property({ type: 'string', length: 2 })
  language: 'fr' | 'en' = 'fr';

  @Property({ type: 'datetime' })
  updatedAt!: Date;
}
