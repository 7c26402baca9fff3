import { z } from 'zod';
import { serviceConfigSchema } from '@cercle/platform';

export const membershipConfigSchema = serviceConfigSchema.extend({
  PORT: z.coerce.number().int().default(3102),
  /** Lets the person who installs Cercle create the first organiser (POST /organisers). */
  ADMIN_TOKEN: z
    .string()
    .min(24, 'ADMIN_TOKEN must be at least 24 characters')
    .refine((value) => !/change-?me/i.test(value), 'ADMIN_TOKEN is a placeholder: set a random token of your own'),
});
export type MembershipConfig = z.infer<typeof membershipConfigSchema>;
