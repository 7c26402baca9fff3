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

/** Keeps this service's copy of an organiser token (the handler of `organiser.token-issued`). */
export async function recordKnownToken(
  em: { upsert: (entity: typeof KnownToken, data: KnownToken) => Promise<unknown> },
  payload: { tokenHash: string; tokenId: string; organiserId: string; organiserName: string; revokedAt: string | null },
): Promise<void> {
  await em.upsert(KnownToken, {
    tokenHash: payload.tokenHash,
    tokenId: payload.tokenId,
    organiserId: payload.organiserId,
    organiserName: payload.organiserName,
    revokedAt: payload.revokedAt ? new Date(payload.revokedAt) : null,
  });
}
