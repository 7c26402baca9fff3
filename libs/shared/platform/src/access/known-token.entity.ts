import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { PayloadOf } from '@cercle/contracts';

/**
 * The organiser API tokens this service accepts, by SHA-256 hash only. Membership issues and revokes
 * tokens and publishes `organiser.token-issued`; every service keeps this copy in its own schema, so
 * that checking a token never reads another service's tables.
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

  /** What the organiser called the token ("laptop", "CI"), to tell tokens apart when listing or revoking. */
  @Property({ type: 'string' })
  name: string = 'default';

  /** A read-only token may call GET routes only. */
  @Property({ type: 'boolean' })
  readOnly = false;

  @Property({ type: 'datetime', nullable: true })
  expiresAt: Date | null = null;

  @Property({ type: 'datetime', nullable: true })
  revokedAt: Date | null = null;
}

/** Keeps this service's copy of an organiser token (the handler of `organiser.token-issued`). */
export async function recordKnownToken(em: EntityManager, payload: PayloadOf<'organiser.token-issued'>): Promise<void> {
  await em.upsert(KnownToken, {
    tokenHash: payload.tokenHash,
    tokenId: payload.tokenId,
    organiserId: payload.organiserId,
    organiserName: payload.organiserName,
    name: payload.name,
    readOnly: payload.readOnly,
    expiresAt: payload.expiresAt ? new Date(payload.expiresAt) : null,
    revokedAt: payload.revokedAt ? new Date(payload.revokedAt) : null,
  });
}
