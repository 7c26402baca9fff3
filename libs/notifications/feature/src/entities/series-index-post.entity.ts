import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import type { IndexedSession } from '@cercle/notifications-domain';

/** The chats an index is kept in: a community on both keeps one in each. */
export type IndexChat = 'mattermost' | 'matrix';

/**
 * The chat post indexing a series' past sessions, edited in place after each archive (never re-posted):
 * one per series and chat, as each lists links to its own chat's notes threads.
 */
@Entity({ tableName: 'series_index_post' })
export class SeriesIndexPost {
  @PrimaryKey({ type: 'uuid' })
  seriesId!: string;

  @PrimaryKey({ type: 'string', length: 10 })
  chat!: IndexChat;

  /** The Mattermost channel id or the Matrix room id. */
  @Property({ type: 'string', length: 255 })
  channelId!: string;

  /** Null until posted, or after the post was found gone (then the next archive posts it again). */
  @Property({ type: 'string', length: 255, nullable: true })
  postId: string | null = null;

  @Property({ type: 'json' })
  sessions: IndexedSession[] = [];

  @Property({ type: 'datetime' })
  updatedAt!: Date;
}
