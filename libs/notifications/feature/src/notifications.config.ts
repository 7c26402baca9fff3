import { z } from 'zod';
import { serviceConfigSchema } from '@cercle/platform';

export const notificationsConfigSchema = serviceConfigSchema.extend({
  PORT: z.coerce.number().int().default(3103),
  SMTP_URL: z.string().url().default('smtp://127.0.0.1:2525'),
  SMTP_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(5),
  /** "Name <address>" or a bare address; the sender of every email and the organiser of invites. */
  MAIL_FROM: z.string().min(3).default('Cercle <cercle@localhost>'),
  /** Without both, Mattermost deliveries are recorded as skipped (visible), never silently dropped. */
  MATTERMOST_URL: z.string().url().optional(),
  MATTERMOST_TOKEN: z.string().min(1).optional(),
  /** The same for Matrix (Tchap): the homeserver's base URL (no /_matrix) and a bot account's access token. */
  MATRIX_HOMESERVER_URL: z.string().url().optional(),
  MATRIX_ACCESS_TOKEN: z.string().min(1).optional(),
  /** Days the delivery log keeps addresses and provider answers; the rows themselves stay. */
  DELIVERY_RETENTION_DAYS: z.coerce.number().int().min(1).default(90),
});
export type NotificationsConfig = z.infer<typeof notificationsConfigSchema>;

/** Splits MAIL_FROM into the object form the email sender needs (it never parses address lists). */
export function parseMailFrom(value: string): { name: string; email: string } {
  const match = /^\s*(.*?)\s*<([^<>\s]+)>\s*$/.exec(value);
  if (match) return { name: match[1].replace(/^"|"$/g, '') || match[2], email: match[2] };
  return { name: value.trim(), email: value.trim() };
}
