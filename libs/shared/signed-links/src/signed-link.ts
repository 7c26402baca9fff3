import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Member links in emails (register, respond, submit notes) carry a signed, expiring claim instead of a
 * session: `<base64url(JSON claim)>.<base64url(HMAC-SHA256)>`. The purpose is part of the claim, so a
 * registration link cannot be replayed as a notes link. Any service holding LINK_SECRET can verify.
 */
export interface LinkClaim {
  /** What the link allows, e.g. 'register' or 'notes'. */
  purpose: string;
  /** The person it was sent to. */
  memberId: string;
  /** What it is about (an occurrence id). */
  subjectId: string;
  /** Expiry, seconds since the epoch. */
  exp: number;
}

export class InvalidLinkError extends Error {
  readonly code: 'link-invalid' | 'link-expired' | 'link-wrong-purpose';
  constructor(code: InvalidLinkError['code'], message: string) {
    super(message);
    this.name = 'InvalidLinkError';
    this.code = code;
  }
}

function sign(secret: string, body: string): string {
  return createHmac('sha256', secret).update(body).digest('base64url');
}

export function signLink(secret: string, claim: LinkClaim): string {
  const body = Buffer.from(JSON.stringify(claim)).toString('base64url');
  return `${body}.${sign(secret, body)}`;
}

export function verifyLink(secret: string, token: string, purpose: string, now: Date): LinkClaim {
  const [body, signature, extra] = token.split('.');
  if (!body || !signature || extra !== undefined) throw new InvalidLinkError('link-invalid', 'This link is malformed.');
  const expected = Buffer.from(sign(secret, body));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) {
    throw new InvalidLinkError('link-invalid', 'This link is not valid.');
  }
  let claim: LinkClaim;
  try {
    claim = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
  } catch {
    throw new InvalidLinkError('link-invalid', 'This link is malformed.');
  }
  if (claim.purpose !== purpose) throw new InvalidLinkError('link-wrong-purpose', 'This link is for something else.');
  if (typeof claim.exp !== 'number' || claim.exp * 1000 < now.getTime()) {
    throw new InvalidLinkError('link-expired', 'This link has expired.');
  }
  return claim;
}
