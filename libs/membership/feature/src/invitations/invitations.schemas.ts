import { z } from 'zod';

export const inviteBody = z.object({
  email: z.string().trim().toLowerCase().email().max(320),
  name: z.string().trim().min(1).max(200).optional(),
  language: z.enum(['fr', 'en']).default('fr'),
});
export type InviteBody = z.infer<typeof inviteBody>;

/** The acceptance form: the name is prefilled; left empty, the name the owner gave is kept. */
export const acceptForm = z.object({ name: z.string().trim().max(200).optional() });

/** How long an invitation (and its link) can be accepted. */
export const INVITATION_VALIDITY_DAYS = 7;
