/** Why an OpenID Connect sign-in ends without a session; each has its own sentence on the refusal page. */
export type OidcRefusal =
  /** The person cancelled at the provider, or refused to share their email. */
  | 'denied'
  /** The answer does not belong to a sign-in this browser started (tampered or replayed state), or it came too late. */
  | 'expired'
  /** The provider vouched for no email (none given, or `email_verified` not true). */
  | 'unverified'
  /** The email is verified but no organiser has it. */
  | 'unknown'
  /** The provider refused or sent something the checks reject (signature, nonce, audience…). */
  | 'provider'
  /** The provider could not be reached. */
  | 'unavailable';

export class OidcSignInRefused extends Error {
  constructor(
    readonly reason: OidcRefusal,
    cause?: unknown,
  ) {
    super(`OpenID Connect sign-in refused: ${reason}`, { cause });
    this.name = 'OidcSignInRefused';
  }
}

/**
 * The email an OpenID Connect answer vouches for, lower-cased, or null. `email_verified` must be true;
 * when the provider sends no such claim, the email counts only if the installation trusts the provider's
 * emails (OIDC_TRUST_EMAILS). A string "true" is accepted: some providers send the claim as text.
 */
export function verifiedEmailOf(claims: Record<string, unknown>, trustEmails: boolean): string | null {
  const email = typeof claims.email === 'string' ? claims.email.trim().toLowerCase() : '';
  if (!/^[^\s@]+@[^\s@]+$/.test(email) || email.length > 320) return null;
  const verified = claims.email_verified;
  if (verified === true || verified === 'true') return email;
  return verified === undefined && trustEmails ? email : null;
}
