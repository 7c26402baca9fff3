import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * The organiser API tokens this service accepts, by SHA-256 hash only. Membership issues tokens and
 * publishes `organiser.token-issued`; every service keeps this copy in its own schema, so that checking
 * a token never reads another service's tables.
 */
@Entity({ tableName: 'known_token' })
export class KnownToken {
  @PrimaryKey({ type: 'string', length: 64 })
  tokenHash!: string;

  @Property({ type: 'uuid' })
  tokenId!: string;

  @Property({ type: 'uuid' })
  organiserId!: string;

  @Property({ type: 'string' })
  organiserName!: string;

  @Property({ type: 'datetime', nullable: true })
  revokedAt: Date | null = null;
}
