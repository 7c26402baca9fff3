import { z } from 'zod';
import { topicKind } from '@cercle/contracts';
import { PREP_STATUSES } from '../entities/contribution.entity';

/** Fields left out keep their value; null clears one. */
export const contributionBody = z.object({
  kind: topicKind.nullable().optional(),
  title: z.string().trim().min(1).max(255).nullable().optional(),
  prepStatus: z.enum(PREP_STATUSES).optional(),
  materialsUrl: z
    .string()
    .trim()
    .url()
    .max(2000)
    .refine((url) => /^https?:\/\//i.test(url), 'must be an http(s) link')
    .nullable()
    .optional(),
});
export type ContributionBody = z.infer<typeof contributionBody>;
