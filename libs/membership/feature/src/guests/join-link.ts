import { createHmac } from 'node:crypto';
import { joinConfirmationUrl, LinkPurpose, registrationUrl } from '@cercle/contracts';
import { signPageLink, verifyPageLink } from '../links/page-link';

type Secrets = { LINK_SECRET: string; PUBLIC_URL: string };
const DAY_MS = 24 * 3600_000;

/** The confirmation link of a request: the claim names the request and its occurrence, and expires with it. */
export function signJoinConfirmationUrl(config: Secrets, request: { id: string; occurrenceId: string; expiresAt: Date }): string {
  return joinConfirmationUrl(
    config.PUBLIC_URL,
    signPageLink(config.LINK_SECRET, LinkPurpose.JoinConfirmation, request.id, request.occurrenceId, request.expiresAt),
  );
}

/** A member's own registration link, valid as the announcement's is: until a week after the occurrence ends. */
export function signRegistrationUrl(config: Secrets, memberId: string, occurrence: { id: string; endsAt: Date }): string {
  const expiresAt = new Date(occurrence.endsAt.getTime() + 7 * DAY_MS);
  return registrationUrl(config.PUBLIC_URL, signPageLink(config.LINK_SECRET, LinkPurpose.Register, memberId, occurrence.id, expiresAt));
}

/** The request a confirmation link names (400 when forged, 410 when expired). */
export function verifyJoinConfirmationLink(secret: string, token: string, now: Date): { requestId: string; occurrenceId: string } {
  const { id, subjectId } = verifyPageLink(secret, token, LinkPurpose.JoinConfirmation, now);
  return { requestId: id, occurrenceId: subjectId };
}

/** The client address as the rate limits count it, never stored as such. */
export function addressHash(secret: string, address: string): string {
  return createHmac('sha256', secret).update(`join-address:${address}`).digest('hex');
}
