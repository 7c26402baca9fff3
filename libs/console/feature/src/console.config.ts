import { z } from 'zod';

/**
 * The console's settings. It holds no community data: it calls the three services' HTTP APIs, so it
 * needs their base URLs (as the gateway does) and a database of its own for sessions only.
 */
export const consoleConfigSchema = z.object({
  PORT: z.coerce.number().int().default(3104),
  HOST: z.string().default('127.0.0.1'),
  DATABASE_URL: z.string().url({ message: 'DATABASE_URL must be a postgres:// URL (npm start sets it for you)' }),
  PUBLIC_URL: z.string().url().default('http://localhost:3000'),
  /** Also keys the encryption of the API tokens kept in sessions and the CSRF tokens (derived keys, never the secret itself). */
  LINK_SECRET: z
    .string()
    .min(32, 'LINK_SECRET must be at least 32 characters')
    .refine((value) => !/change-?me/i.test(value), 'LINK_SECRET is a placeholder: set a random secret of your own'),
  MEMBERSHIP_URL: z.string().url().default('http://127.0.0.1:3102'),
  EVENTS_URL: z.string().url().default('http://127.0.0.1:3101'),
  NOTIFICATIONS_URL: z.string().url().default('http://127.0.0.1:3103'),
  /** How long a console session (and the API token behind it) lasts. */
  CONSOLE_SESSION_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 30)
    .default(12),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});
export type ConsoleConfig = z.infer<typeof consoleConfigSchema>;

export const CONSOLE_CONFIG = Symbol('CONSOLE_CONFIG');
