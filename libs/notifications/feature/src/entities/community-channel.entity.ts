import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import type { ChatChoice } from '@cercle/contracts';

/** Notifications' copy of a community (from `community.changed`): its name, channel and language. */
@Entity({ tableName: 'community_channel' })
export class CommunityChannel {
  @PrimaryKey({ type: 'uuid' })
  communityId!: string;

  @Property({ type: 'string' })
  name!: string;

  @Property({ type: 'string', length: 64, nullable: true })
  mattermostChannelId: string | null = null;

  @Property({ type: 'string', length: 255, nullable: true })
  matrixRoomId: string | null = null;

  /** Which chat gets the community's posts and its members' direct messages. */
  @Property({ type: 'string', length: 10 })
  chat: ChatChoice = 'mattermost';

  @Property({ type: 'string', length: 2 })
  defaultLanguage: 'fr' | 'en' = 'fr';
}
