import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/** Someone who sets workflows up. Their API tokens are KnownToken rows (hash only). */
@Entity({ tableName: 'organiser' })
export class Organiser {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'string' })
  name!: string;

  @Property({ type: 'datetime' })
  createdAt!: Date;
}
