import { z } from 'zod';

/**
 * The console's settings. It holds no community data: it calls the three services' HTTP APIs, so it
 * needs their base URLs (as the gateway does) and a database of its own for sessions only.
 */
export const consoleConfigSchema = z
  .object({
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
    /** Shared with membership only: what the console shows to get a session for an email it verified through OpenID Connect. */
    CONSOLE_SECRET: z.string().min(32, 'CONSOLE_SECRET must be at least 32 characters').optional(),
    /**
     * OpenID Connect sign-in (ProConnect is one provider), on when OIDC_ISSUER_URL is set. The redirect
     * URI to register at the provider is PUBLIC_URL + /console/oidc/callback.
     */
    OIDC_ISSUER_URL: z.string().url().optional(),
    OIDC_CLIENT_ID: z.string().min(1).optional(),
    /** Absent: a public client (PKCE alone, no client authentication at the token endpoint). */
    OIDC_CLIENT_SECRET: z.string().min(1).optional(),
    OIDC_SCOPES: z.string().default('openid email'),
    /** The provider's name on the button ("S’identifier avec ProConnect"). */
    OIDC_PROVIDER_NAME: z.string().min(1).max(40).default('ProConnect'),
    /**
     * `true`: an email without an `email_verified` claim counts as verified, for providers that vouch for
     * every email they hand out and send no such claim (ProConnect: the professional address its identity
     * providers verified). `email_verified: false` is refused either way.
     */
    OIDC_TRUST_EMAILS: z
      .enum(['true', 'false'])
      .default('false')
      .transform((value) => value === 'true'),
  })
  .superRefine((config, context) => {
    if (!config.OIDC_ISSUER_URL) return;
    for (const key of ['OIDC_CLIENT_ID', 'CONSOLE_SECRET'] as const) {
      if (!config[key]) context.addIssue({ code: 'custom', path: [key], message: `${key} is required when OIDC_ISSUER_URL is set` });
    }
  });
export type ConsoleConfig = z.infer<typeof consoleConfigSchema>;

export const CONSOLE_CONFIG = Symbol('CONSOLE_CONFIG');
