import { z } from 'zod';

export const requestSignInLinkBody = z.object({
  email: z.string().trim().toLowerCase().email().max(320),
  language: z.enum(['fr', 'en']).default('fr'),
});
export type RequestSignInLinkBody = z.infer<typeof requestSignInLinkBody>;

/** How long the session's API token lasts (the console's CONSOLE_SESSION_HOURS). */
const sessionHours = z
  .number()
  .int()
  .min(1)
  .max(24 * 30)
  .default(12);

export const redeemSignInLinkBody = z.object({
  token: z.string().min(20).max(200),
  hours: sessionHours,
});
export type RedeemSignInLinkBody = z.infer<typeof redeemSignInLinkBody>;

/** An email the console verified through OpenID Connect (the provider said so), for a session. */
export const consoleSignInBody = z.object({
  email: z.string().trim().toLowerCase().email().max(320),
  hours: sessionHours,
});
export type ConsoleSignInBody = z.infer<typeof consoleSignInBody>;
