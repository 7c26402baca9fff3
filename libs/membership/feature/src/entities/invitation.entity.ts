import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * An owner's invitation to co-organise a community, sent by email as a signed link. It is accepted at
 * most once (`acceptedAt`, under a row lock) and not after `expiresAt`.
 */
@Entity({ tableName: 'invitation' })
export class Invitation {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid' })
  communityId!: string;

  /** Lower-case; an organiser with this address accepts as themselves (no new organiser, no new token). */
  @Property({ type: 'string', length: 320 })
  email!: string;

  /** The name the owner gave; prefilled on the acceptance page. */
  @Property({ type: 'string', nullable: true })
  name: string | null = null;

  /** The language of the email and, unless `?lang=` says otherwise, of the page. */
  @Property({ type: 'string', length: 2 })
  language: 'fr' | 'en' = 'fr';

  /** The organiser (owner) who invited. */
  @Property({ type: 'uuid' })
  invitedBy!: string;

  @Property({ type: 'string', length: 20 })
  role = 'co-organiser' as const;

  @Property({ type: 'datetime' })
  createdAt!: Date;

  @Property({ type: 'datetime' })
  expiresAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  acceptedAt: Date | null = null;

  /** The organiser the invitation made co-organiser (new or existing). */
  @Property({ type: 'uuid', nullable: true })
  acceptedBy: string | null = null;
}
