import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/** Someone who sets workflows up. Their API tokens are KnownToken rows (hash only). */
@Entity({ tableName: 'organiser' })
export class Organiser {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'string' })
  name!: string;

  /** Where invitations to co-organise reach them; an invitation accepted with this address joins this organiser. */
  @Property({ type: 'string', length: 320, nullable: true })
  email: string | null = null;

  @Property({ type: 'datetime' })
  createdAt!: Date;
}
