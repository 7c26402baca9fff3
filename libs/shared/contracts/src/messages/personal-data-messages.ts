import { z } from 'zod';
import { id } from './shared-schemas';

/** The services that hold part of a member's personal data besides membership. */
export const personalDataService = z.enum(['events', 'notifications']);

/** Published by membership when an organiser asks for a member's data: each service sends its part back. */
export const memberExportRequested = z.object({
  exportId: id,
  memberId: id,
  communityId: id,
});

/** One service's part of an export: what it holds about the member, as JSON tables keyed by name. */
export const memberExportPart = z.object({
  exportId: id,
  memberId: id,
  service: personalDataService,
  data: z.record(z.string(), z.unknown()),
});

/**
 * Published by membership when a member is erased (after the `member.changed` that anonymises the copies):
 * each service anonymises what it holds about them beyond the copy, and answers `member.erasure-done`.
 */
export const memberErased = z.object({
  erasureId: id,
  memberId: id,
  communityId: id,
  /** What copies now hold instead of the name and address (so that every service writes the same). */
  anonymisedName: z.string().min(1),
  anonymisedEmail: z.string().email(),
});

/** What one service changed for an erasure: rows touched per table, and roles the member can no longer hold. */
export const memberErasureDone = z.object({
  erasureId: id,
  memberId: id,
  service: personalDataService,
  counts: z.record(z.string(), z.number().int().nonnegative()),
  /** Coming occurrences whose guide was the erased member and now have none (events only). */
  guideFreedOn: z.array(id).default([]),
});
