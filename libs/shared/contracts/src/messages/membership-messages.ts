import { z } from 'zod';
import { id, isoDateTime, language, registrationAnswer, registrationStatus, topicKind } from './shared-schemas';
import { chatChoice, matrixRoomId, matrixUserId } from './chat-ids';

/**
 * Published by membership when an organiser API token is issued or revoked (only its SHA-256 hash
 * travels). Version 2 added the token's name, read-only flag and expiry; their defaults read a version 1.
 */
export const organiserTokenIssued = z.object({
  tokenId: id,
  organiserId: id,
  organiserName: z.string(),
  tokenHash: z.string().regex(/^[0-9a-f]{64}$/),
  revokedAt: isoDateTime.nullable(),
  name: z.string().default('default'),
  readOnly: z.boolean().default(false),
  expiresAt: isoDateTime.nullable().default(null),
});

/**
 * Published by membership whenever an organiser gains, changes or loses (active=false) a role in a
 * community. Every service keeps the pairs and checks organiser routes against its own copy; `revision`
 * rises with each change of one pair, so a copy never goes back to an older state.
 */
export const communityOrganiserChanged = z.object({
  communityId: id,
  organiserId: id,
  organiserName: z.string(),
  role: z.enum(['owner', 'co-organiser']),
  active: z.boolean(),
  revision: z.number().int().positive(),
  /**
   * Where the organiser is reached (health alerts, by email and by Mattermost direct message to the account
   * with this address); null when their account has none. Absent in messages written before it existed.
   */
  organiserEmail: z.string().email().nullable().optional(),
});

/** Published by membership whenever a community is created or edited. */
export const communityChanged = z.object({
  communityId: id,
  name: z.string(),
  mattermostChannelId: z.string().nullable(),
  defaultLanguage: language,
  /** The community's Matrix room. Absent in older messages: none. */
  matrixRoomId: matrixRoomId.nullable().optional(),
  /** Which chat its posts and direct messages use. Absent in older messages: Mattermost. */
  chat: chatChoice.optional(),
});

/** Published by membership whenever a member is added, edited or leaves (active=false). */
export const memberChanged = z.object({
  memberId: id,
  communityId: id,
  name: z.string(),
  email: z.string().email(),
  language,
  mattermostUsername: z.string().nullable(),
  /** The member's Matrix id (@name:server). Absent in older messages: none. */
  matrixUserId: matrixUserId.nullable().optional(),
  active: z.boolean(),
  /**
   * A guest registered from the public page of an occurrence open to the wider network: they get what
   * registrants get, never what goes to every member. Absent in older messages: a member.
   */
  guest: z.boolean().optional(),
});

/** Published by membership when a member answers (or changes an answer) for an occurrence. */
export const registrationRecorded = z.object({
  registrationId: id,
  occurrenceId: id,
  memberId: id,
  memberName: z.string(),
  answer: registrationAnswer,
  status: registrationStatus,
  /** 1-based place on the waiting list while `waitlisted`. */
  waitlistPosition: z.number().int().positive().nullable(),
  /** True when this change is an automatic promotion from the waiting list (someone else cancelled). */
  promoted: z.boolean(),
  topic: z.object({ title: z.string().min(1).max(200), kind: topicKind, description: z.string().max(4000).nullable() }).nullable(),
});

/**
 * Published by membership when a community's owner invites someone to co-organise it; notifications
 * sends the one email. `url` is the signed acceptance link, valid until `expiresAt`.
 */
export const organiserInvited = z.object({
  invitationId: id,
  email: z.string().email(),
  inviteeName: z.string().nullable(),
  inviterName: z.string(),
  communityName: z.string(),
  language,
  url: z.string().url(),
  expiresAt: isoDateTime,
});

/**
 * Published by membership when someone asks, from an occurrence's public registration page, to register.
 * Notifications sends the one email: `confirm` (someone new) carries the confirmation link that makes
 * them a guest and registers them; `personal` (an address already known to the community) carries their
 * own registration link. The page answers the same either way; only the mailbox's owner learns which.
 */
export const registrationLinkRequested = z.object({
  requestId: id,
  purpose: z.enum(['confirm', 'personal']),
  email: z.string().email(),
  name: z.string(),
  language,
  occurrenceTitle: z.string(),
  startsAt: isoDateTime,
  timeZone: z.string(),
  location: z.string().nullable(),
  url: z.string().url(),
  expiresAt: isoDateTime,
});

// Chat actions
/**
 * Published by events when a member answers from the chat (`/cercle oui`, a button of the announcement):
 * registrations are membership's, so events, which serves the chat, hands the answer over in the same
 * transaction as its checks; membership records it like an answer from the registration page.
 */
export const registrationAnsweredInChat = z.object({
  memberId: id,
  occurrenceId: id,
  answer: registrationAnswer,
});

/**
 * Published by membership when someone asks the console for a sign-in link with an organiser's email
 * (nothing is published for an unknown email). Notifications emails the single-use link as it is.
 */
export const organiserSignInLinkRequested = z.object({
  linkId: id,
  email: z.string().email(),
  name: z.string(),
  language,
  url: z.string().url(),
  expiresAt: isoDateTime,
});
