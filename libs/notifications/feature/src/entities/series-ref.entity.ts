import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/** Notifications' copy of a series (from `series.changed`): the community its template overrides belong to. */
@Entity({ tableName: 'series_ref' })
export class SeriesRef {
  @PrimaryKey({ type: 'uuid' })
  seriesId!: string;

  @Property({ type: 'uuid' })
  communityId!: string;

  @Property({ type: 'string' })
  title!: string;
}
