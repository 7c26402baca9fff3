import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * Membership's copy of what it needs to know about an occurrence (kept from `occurrence.changed`):
 * enough to show the registration page and to refuse answers once registration is closed.
 */
@Entity({ tableName: 'occurrence_ref' })
export class OccurrenceRef {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid' })
  seriesId!: string;

  @Property({ type: 'uuid' })
  communityId!: string;

  @Property({ type: 'string' })
  title!: string;

  @Property({ type: 'datetime' })
  startsAt!: Date;

  @Property({ type: 'datetime' })
  endsAt!: Date;

  @Property({ type: 'string' })
  timeZone!: string;

  @Property({ type: 'string' })
  status!: string;

  @Property({ type: 'boolean' })
  registrationOpen = false;
}
