import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { KnownToken, newApiToken, Outbox } from '@cercle/platform';

/** What an organiser chooses about a token when asking for it. */
export interface TokenSettings {
  name: string;
  readOnly: boolean;
  expiresAt: Date | null;
}

/** A token as its organiser sees it: never its hash, never the token itself after it was issued. */
export interface TokenView {
  tokenId: string;
  name: string;
  readOnly: boolean;
  expiresAt: string | null;
  revokedAt: string | null;
}

export function tokenView(known: KnownToken): TokenView {
  return {
    tokenId: known.tokenId,
    name: known.name,
    readOnly: known.readOnly,
    expiresAt: known.expiresAt?.toISOString() ?? null,
    revokedAt: known.revokedAt?.toISOString() ?? null,
  };
}

/**
 * Tells the other services the whole state of a token, in the caller's transaction. Membership's
 * KnownToken rows are the source of truth; every change to one goes out through here so the copies
 * in events and notifications end up identical (a revocation included).
 */
export function publishTokenState(em: EntityManager, outbox: Outbox, known: KnownToken): void {
  outbox.publish(em, 'organiser.token-issued', {
    tokenId: known.tokenId,
    organiserId: known.organiserId,
    organiserName: known.organiserName,
    tokenHash: known.tokenHash,
    name: known.name,
    readOnly: known.readOnly,
    expiresAt: known.expiresAt?.toISOString() ?? null,
    revokedAt: known.revokedAt?.toISOString() ?? null,
  });
}

/** Issues a token in the caller's transaction; the token itself is returned once and stored only as a hash. */
export function issueToken(
  em: EntityManager,
  outbox: Outbox,
  organiser: { id: string; name: string },
  settings: TokenSettings,
): { token: string; known: KnownToken } {
  const { token, hash } = newApiToken();
  const known = em.create(KnownToken, {
    tokenHash: hash,
    tokenId: randomUUID(),
    organiserId: organiser.id,
    organiserName: organiser.name,
    name: settings.name,
    readOnly: settings.readOnly,
    expiresAt: settings.expiresAt,
    revokedAt: null,
  });
  publishTokenState(em, outbox, known);
  return { token, known };
}
