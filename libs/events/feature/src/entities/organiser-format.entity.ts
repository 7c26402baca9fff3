import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import type { Format } from '@cercle/events-domain';

/** A format an organiser defined (`POST /formats`); its id is the format id a series refers to. */
@Entity({ tableName: 'organiser_format' })
export class OrganiserFormat {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid' })
  organiserId!: string;

  @Property({ type: 'json' })
  definition!: Format;

  @Property({ type: 'datetime' })
  createdAt!: Date;
}
