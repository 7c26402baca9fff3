import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import type { IndexedSession } from '@cercle/notifications-domain';

/** The channel post indexing a series' past sessions, edited in place after each archive (never re-posted). */
@Entity({ tableName: 'series_index_post' })
export class SeriesIndexPost {
  @PrimaryKey({ type: 'uuid' })
  seriesId!: string;

  @Property({ type: 'string', length: 64 })
  channelId!: string;

  /** Null until posted, or after the post was found gone (then the next archive posts it again). */
  @Property({ type: 'string', length: 64, nullable: true })
  postId: string | null = null;

  @Property({ type: 'json' })
  sessions: IndexedSession[] = [];

  @Property({ type: 'datetime' })
  updatedAt!: Date;
}
