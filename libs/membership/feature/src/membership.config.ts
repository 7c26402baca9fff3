import { z } from 'zod';
import { serviceConfigSchema } from '@cercle/platform';

export const membershipConfigSchema = serviceConfigSchema.extend({
  PORT: z.coerce.number().int().default(3102),
  /** Lets the person who installs Cercle create the first organiser (POST /organisers). */
  ADMIN_TOKEN: z
    .string()
    .min(24, 'ADMIN_TOKEN must be at least 24 characters')
    .refine((value) => !/change-?me/i.test(value), 'ADMIN_TOKEN is a placeholder: set a random token of your own'),
  /**
   * Shared with the console only: lets it trade an email it verified through OpenID Connect for a
   * session token (POST /organisers/console-sign-ins). Unset: that route refuses every call.
   */
  CONSOLE_SECRET: z.string().min(32, 'CONSOLE_SECRET must be at least 32 characters').optional(),
});
export type MembershipConfig = z.infer<typeof membershipConfigSchema>;
