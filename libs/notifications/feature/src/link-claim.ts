import { InvalidLinkError, type LinkClaim, verifyLink } from '@cercle/signed-links';
import { UseCaseError } from '@cercle/platform';

/** The claim of a member's signed link for `purpose`; a bad link is a 403 and an expired one a 410. */
export function linkClaim(secret: string, token: string, purpose: string, now: Date): LinkClaim {
  try {
    return verifyLink(secret, token, purpose, now);
  } catch (error) {
    if (error instanceof InvalidLinkError) throw new UseCaseError(error.code, error.code === 'link-expired' ? 410 : 403, error.message);
    throw error;
  }
}
