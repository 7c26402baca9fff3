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
