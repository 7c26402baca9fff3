import { z } from 'zod';

export const rolesBody = z.object({
  guideMemberId: z.string().uuid().nullable(),
  contributorMemberIds: z.array(z.string().uuid()).max(50),
});
export type RolesBody = z.infer<typeof rolesBody>;
