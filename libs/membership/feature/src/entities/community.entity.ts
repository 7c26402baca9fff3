import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

@Entity({ tableName: 'community' })
export class Community {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'string' })
  name!: string;

  /** The team's Mattermost channel (id) where announcements and notes go; null for email only. */
  @Property({ type: 'string', nullable: true })
  mattermostChannelId: string | null = null;

  @Property({ type: 'string', length: 2 })
  defaultLanguage: 'fr' | 'en' = 'fr';

  @Property({ type: 'datetime' })
  createdAt!: Date;
}
