import type { EntityManager } from '@mikro-orm/postgresql';
import type { Outbox } from '@cercle/platform';
import type { Organiser } from '../entities/organiser.entity';
import { issueToken } from '../organisers/organiser-tokens';

/** What the console gets when an organiser signs in: a fresh expiring API token for the session. */
export interface SessionToken {
  token: string;
  tokenId: string;
  organiserId: string;
  organiserName: string;
  expiresAt: string;
}

/**
 * The API token behind a console session, named `console`, expiring after `hours`; published like any
 * token, so events and notifications accept it a moment later. Call it inside the transaction that
 * decided the sign-in.
 */
export function issueSessionToken(em: EntityManager, outbox: Outbox, organiser: Organiser, hours: number, now: Date): SessionToken {
  const expiresAt = new Date(now.getTime() + hours * 3600_000);
  const { token, known } = issueToken(em, outbox, organiser, { name: 'console', readOnly: false, expiresAt });
  return { token, tokenId: known.tokenId, organiserId: organiser.id, organiserName: organiser.name, expiresAt: expiresAt.toISOString() };
}
