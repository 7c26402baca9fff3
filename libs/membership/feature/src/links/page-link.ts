import { z } from 'zod';
import { InvalidLinkError, signLink, verifyLink } from '@cercle/signed-links';
import { UseCaseError } from '@cercle/platform';

const uuid = z.string().uuid();

/** A signed page link's token: for `id` (whom or what it was sent for), about `subjectId`, until `expiresAt`. */
export function signPageLink(secret: string, purpose: string, id: string, subjectId: string, expiresAt: Date): string {
  return signLink(secret, { purpose, memberId: id, subjectId, exp: Math.floor(expiresAt.getTime() / 1000) });
}

/**
 * The ids a signed page link names (`memberId`: whom or what it was sent for; `subjectId`: what it is
 * about). A forged, malformed or other-purpose link is a bad request (400); an expired one is gone (410),
 * so the page can say "ask again" rather than "not valid".
 */
export function verifyPageLink(secret: string, token: string, purpose: string, now: Date): { id: string; subjectId: string } {
  try {
    const claim = verifyLink(secret, token, purpose, now);
    if (uuid.safeParse(claim.memberId).success && uuid.safeParse(claim.subjectId).success)
      return { id: claim.memberId, subjectId: claim.subjectId };
  } catch (error) {
    if (error instanceof InvalidLinkError) throw new UseCaseError(error.code, error.code === 'link-expired' ? 410 : 400, error.message);
    throw error;
  }
  throw new UseCaseError('link-invalid', 400, 'This link is not valid.');
}
