import { z } from 'zod';

/** What an organiser may change about a member; absent fields stay as they are. `active: false` deactivates. */
export const updateMemberBody = z
  .object({
    name: z.string().trim().min(1).max(200),
    email: z.string().trim().toLowerCase().email().max(320),
    language: z.enum(['fr', 'en']),
    mattermostUsername: z
      .string()
      .trim()
      .regex(/^[a-z0-9._-]{1,64}$/, 'a Mattermost username (lower-case letters, digits, . _ -)')
      .nullable(),
    active: z.boolean(),
  })
  .partial()
  .strict();
export type UpdateMemberBody = z.infer<typeof updateMemberBody>;
