import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/** Events' copy of a community (kept from `community.changed`): a series may only be created for a known one. */
@Entity({ tableName: 'community_ref' })
export class CommunityRef {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'string' })
  name!: string;

  @Property({ type: 'string', nullable: true })
  mattermostChannelId: string | null = null;

  @Property({ type: 'string', length: 2 })
  defaultLanguage: 'fr' | 'en' = 'fr';
}
