import { z } from 'zod';
import { invitationUrl, LinkPurpose } from '@cercle/contracts';
import { InvalidLinkError, signLink, verifyLink } from '@cercle/signed-links';
import { MembershipError } from '../errors';

/**
 * The signed link of an invitation: the claim names the invitation (`memberId`, the person invited) and
 * its community (`subjectId`), and expires with the invitation.
 */
export function signInvitationUrl(config: { LINK_SECRET: string; PUBLIC_URL: string }, invitation: { id: string; communityId: string; expiresAt: Date }): string {
  const token = signLink(config.LINK_SECRET, {
    purpose: LinkPurpose.Invitation,
    memberId: invitation.id,
    subjectId: invitation.communityId,
    exp: Math.floor(invitation.expiresAt.getTime() / 1000),
  });
  return invitationUrl(config.PUBLIC_URL, token);
}

/**
 * The invitation a link was signed for. A forged, malformed or other-purpose link is a bad request (400);
 * an expired one is gone (410), so the page can say "ask for a new invitation" rather than "not valid".
 */
export function verifyInvitationLink(secret: string, token: string, now: Date): { invitationId: string; communityId: string } {
  try {
    const claim = verifyLink(secret, token, LinkPurpose.Invitation, now);
    const uuid = z.string().uuid();
    if (uuid.safeParse(claim.memberId).success && uuid.safeParse(claim.subjectId).success) return { invitationId: claim.memberId, communityId: claim.subjectId };
  } catch (error) {
    if (error instanceof InvalidLinkError) throw new MembershipError(error.code, error.code === 'link-expired' ? 410 : 400, error.message);
    throw error;
  }
  throw new MembershipError('link-invalid', 400, 'This link is not valid.');
}
