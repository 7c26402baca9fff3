import { z } from 'zod';

export const createOrganiserBody = z.object({
  name: z.string().trim().min(1).max(200),
  /** Where invitations to co-organise reach them; stored lower-case, one organiser per address. */
  email: z.string().trim().toLowerCase().email('email: must be an email address').max(320).optional(),
});
export type CreateOrganiserBody = z.infer<typeof createOrganiserBody>;

/** An organiser who lost every token (revoked the last one, lost their laptop) is found by their email. */
export const recoverOrganiserBody = z.object({
  email: z.string().trim().toLowerCase().email('email: must be an email address').max(320),
});
export type RecoverOrganiserBody = z.infer<typeof recoverOrganiserBody>;

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * A new API token: a name to tell it apart, read-only or not, and when it stops working (in days, or
 * at a date; neither means never). The date must be in the future when the request arrives.
 */
export const createTokenBody = z
  .object({
    name: z
      .string({ error: 'name: required, the name of the token (e.g. "laptop")' })
      .trim()
      .min(1, 'name: must not be empty')
      .max(100, 'name: at most 100 characters'),
    readOnly: z.boolean({ error: 'readOnly: must be true or false' }).default(false),
    expiresInDays: z
      .number({ error: 'expiresInDays: must be a whole number of days' })
      .int('expiresInDays: must be a whole number of days')
      .min(1, 'expiresInDays: at least 1')
      .max(3650, 'expiresInDays: at most 3650 (ten years)')
      .optional(),
    expiresAt: z
      .string()
      .datetime({ offset: true, message: 'expiresAt: must be an ISO 8601 date-time, e.g. 2027-01-31T18:00:00Z' })
      .refine((value) => Date.parse(value) > Date.now(), 'expiresAt: must be in the future')
      .optional(),
  })
  .strict()
  .refine((body) => body.expiresInDays === undefined || body.expiresAt === undefined, {
    message: 'expiresInDays, expiresAt: give one or the other, not both',
    path: ['expiresAt'],
  });
export type CreateTokenBody = z.infer<typeof createTokenBody>;

/** When a token asked for at `now` stops working; null when it never expires. */
export function expiryOf(body: Pick<CreateTokenBody, 'expiresInDays' | 'expiresAt'>, now: Date): Date | null {
  if (body.expiresAt !== undefined) return new Date(body.expiresAt);
  if (body.expiresInDays !== undefined) return new Date(now.getTime() + body.expiresInDays * DAY_MS);
  return null;
}
