import { invitationUrl, LinkPurpose } from '@cercle/contracts';
import { signPageLink, verifyPageLink } from '../links/page-link';

/**
 * The signed link of an invitation: the claim names the invitation (`memberId`, the person invited) and
 * its community (`subjectId`), and expires with the invitation.
 */
export function signInvitationUrl(
  config: { LINK_SECRET: string; PUBLIC_URL: string },
  invitation: { id: string; communityId: string; expiresAt: Date },
): string {
  return invitationUrl(
    config.PUBLIC_URL,
    signPageLink(config.LINK_SECRET, LinkPurpose.Invitation, invitation.id, invitation.communityId, invitation.expiresAt),
  );
}

/** The invitation a link was signed for (400 when forged, 410 when expired). */
export function verifyInvitationLink(secret: string, token: string, now: Date): { invitationId: string; communityId: string } {
  const { id, subjectId } = verifyPageLink(secret, token, LinkPurpose.Invitation, now);
  return { invitationId: id, communityId: subjectId };
}
