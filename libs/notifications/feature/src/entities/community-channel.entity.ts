import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/** Notifications' copy of a community (from `community.changed`): its name, channel and language. */
@Entity({ tableName: 'community_channel' })
export class CommunityChannel {
  @PrimaryKey({ type: 'uuid' })
  communityId!: string;

  @Property({ type: 'string' })
  name!: string;

  @Property({ type: 'string', length: 64, nullable: true })
  mattermostChannelId: string | null = null;

  @Property({ type: 'string', length: 2 })
  defaultLanguage: 'fr' | 'en' = 'fr';
}
