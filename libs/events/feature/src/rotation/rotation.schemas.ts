import { DateTime } from 'luxon';
import { z } from 'zod';

export const rotationPreferenceBody = z.object({
  volunteer: z.boolean(),
  awayUntil: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD')
    .refine((date) => DateTime.fromISO(date).isValid, 'must be a real date')
    .nullable(),
});
export type RotationPreferenceBody = z.infer<typeof rotationPreferenceBody>;

export const proposalQuery = z.object({
  contributors: z.coerce.number().int().min(0).max(20).optional(),
});
export type ProposalQuery = z.infer<typeof proposalQuery>;

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
