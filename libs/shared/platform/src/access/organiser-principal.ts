import { UnauthorizedException } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { KnownToken } from './known-token.entity';
import { hashApiToken } from './token-hash';

/** Who is calling an organiser route, as the guard found it from their token. */
export interface OrganiserPrincipal {
  organiserId: string;
  organiserName: string;
  tokenId: string;
  readOnly: boolean;
  /** When the token the call is made with stops working (null: never). */
  expiresAt: Date | null;
}

/** The bearer token of a request, or null when it has none. */
export function bearerToken(authorization: unknown): string | null {
  const match = /^Bearer\s+(\S+)$/i.exec(String(authorization ?? ''));
  return match ? match[1] : null;
}

/** Finds the organiser behind a token, or says why it is refused (unknown, revoked, expired). */
export async function authenticateOrganiser(em: EntityManager, token: string, now: Date): Promise<OrganiserPrincipal> {
  const known = await em.findOne(KnownToken, { tokenHash: hashApiToken(token) });
  if (!known) throw new UnauthorizedException({ statusCode: 401, code: 'token-unknown', message: 'Unknown API token' });
  if (known.revokedAt) {
    throw new UnauthorizedException({
      statusCode: 401,
      code: 'token-revoked',
      message: `This API token was revoked on ${known.revokedAt.toISOString()}`,
    });
  }
  if (known.expiresAt && known.expiresAt <= now) {
    throw new UnauthorizedException({
      statusCode: 401,
      code: 'token-expired',
      message: `This API token expired on ${known.expiresAt.toISOString()}`,
    });
  }
  return {
    organiserId: known.organiserId,
    organiserName: known.organiserName,
    tokenId: known.tokenId,
    readOnly: known.readOnly,
    expiresAt: known.expiresAt,
  };
}
