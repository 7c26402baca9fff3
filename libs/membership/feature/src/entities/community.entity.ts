import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import type { ChatChoice } from '@cercle/contracts';

@Entity({ tableName: 'community' })
export class Community {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'string' })
  name!: string;

  /** The team's Mattermost channel (id) where announcements and notes go; null for email only. */
  @Property({ type: 'string', nullable: true })
  mattermostChannelId: string | null = null;

  /** The community's Matrix (Tchap) room id; null when it has none. */
  @Property({ type: 'string', length: 255, nullable: true })
  matrixRoomId: string | null = null;

  /** Which chat its posts and direct messages use: Mattermost, Matrix or both. */
  @Property({ type: 'string', length: 10 })
  chat: ChatChoice = 'mattermost';

  @Property({ type: 'string', length: 2 })
  defaultLanguage: 'fr' | 'en' = 'fr';

  @Property({ type: 'datetime' })
  createdAt!: Date;
}
