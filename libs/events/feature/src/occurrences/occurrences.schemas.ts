import { z } from 'zod';
import { localStartSchema } from '@cercle/events-domain';

export const nextRolesBody = z
  .object({
    theme: z.string().trim().min(1).max(200).nullable().default(null),
    guideMemberId: z.string().uuid().nullable().default(null),
    contributorMemberIds: z.array(z.string().uuid()).max(50).default([]),
    /** Take the fair rotation proposal (GET /occurrences/:id/rotation-proposal) instead of naming people. */
    acceptProposal: z.boolean().default(false),
    /** With acceptProposal: how many contributors to propose (default: as many as this occurrence has, at least one). */
    contributorCount: z.number().int().min(0).max(20).optional(),
  })
  .refine((body) => !body.acceptProposal || (!body.guideMemberId && !body.contributorMemberIds.length), {
    message: 'Either accept the proposal or name the people, not both',
    path: ['acceptProposal'],
  });
export type NextRolesBody = z.infer<typeof nextRolesBody>;

export const noteBody = z.object({
  workshop: z.string().trim().min(1).max(200),
  scribeName: z.string().trim().min(1).max(200).nullable().default(null),
  markdown: z.string().min(1).max(200_000),
});
export type NoteBody = z.infer<typeof noteBody>;

/** The new start, as a local date-time in the series' zone (with its offset where clocks show it twice) or as an ISO instant; the duration is kept unless given. */
export const rescheduleBody = z
  .object({
    localStart: localStartSchema.optional(),
    startsAt: z.string().datetime({ offset: true }).optional(),
    durationMinutes: z.number().int().positive().max(24 * 60).optional(),
  })
  .refine((body) => (body.localStart === undefined) !== (body.startsAt === undefined), { message: 'give exactly one of localStart and startsAt' });
export type RescheduleBody = z.infer<typeof rescheduleBody>;

export const cancelBody = z.object({ reason: z.string().trim().min(1).max(500) });
export type CancelBody = z.infer<typeof cancelBody>;
