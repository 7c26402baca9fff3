/**
 * How often the public registration page mails someone. Counted in `join_request` (so every replica
 * counts the same), within the last hour:
 * - per email: beyond this, nothing more is sent to that address, and the page answers as always, so the
 *   page can neither flood a mailbox nor tell whether an address is known;
 * - per client address: beyond this, the page answers 429 (it says nothing about any email).
 * The platform's per-address throttler (RATE_LIMIT_SIGNED_LINK_PER_MINUTE) applies to the page on top.
 */
export const JOIN_LIMITS = { perEmailPerHour: 3, perAddressPerHour: 30, windowMs: 3600_000 } as const;

/** How long the confirmation link (and its request) lives: enough for tomorrow morning's mail. */
export const JOIN_LINK_VALIDITY_MS = 48 * 3600_000;
