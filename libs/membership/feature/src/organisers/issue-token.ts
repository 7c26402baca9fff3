import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { KnownToken, newApiToken, Outbox } from '@cercle/platform';

/**
 * Issues an organiser API token in the caller's transaction: membership keeps its hash (so the token
 * works here at once) and tells the other services. The token itself is returned to be shown once.
 */
export function issueApiToken(
  em: EntityManager,
  outbox: Outbox,
  owner: { organiserId: string; organiserName: string; name?: string; readOnly?: boolean; expiresAt?: Date | null },
): { token: string; tokenId: string } {
  const { token, hash } = newApiToken();
  const known = em.create(KnownToken, {
    tokenHash: hash,
    tokenId: randomUUID(),
    organiserId: owner.organiserId,
    organiserName: owner.organiserName,
    name: owner.name ?? 'default',
    readOnly: owner.readOnly ?? false,
    expiresAt: owner.expiresAt ?? null,
    revokedAt: null,
  });
  outbox.publish(em, 'organiser.token-issued', {
    tokenId: known.tokenId,
    organiserId: known.organiserId,
    organiserName: known.organiserName,
    tokenHash: hash,
    revokedAt: null,
    name: known.name,
    readOnly: known.readOnly,
    expiresAt: known.expiresAt?.toISOString() ?? null,
  });
  return { token, tokenId: known.tokenId };
}
