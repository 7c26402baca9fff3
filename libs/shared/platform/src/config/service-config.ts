import { z } from 'zod';
import { parseRedisAddress, queueConfigProblems } from '../messaging/redis-address';

/** Variables every service reads. Each service extends this with its own; README lists them all. */
export const serviceConfigSchema = z.object({
  DATABASE_URL: z.string().url({ message: 'DATABASE_URL must be a postgres:// URL (npm start sets it for you)' }),
  /** One Redis (redis://, rediss://) or a Redis Cluster's seed nodes (redis+cluster://h1:p1,h2:p2). */
  REDIS_URL: z
    .string()
    .superRefine((text, ctx) => {
      const address = parseRedisAddress(text);
      if (typeof address === 'string') ctx.addIssue({ code: z.ZodIssueCode.custom, message: address });
    })
    .optional(),
  HOST: z.string().default('127.0.0.1'),
  PUBLIC_URL: z.string().url().default('http://localhost:3000'),
  LINK_SECRET: z
    .string()
    .min(32, 'LINK_SECRET must be at least 32 characters')
    .refine((value) => !/change-?me/i.test(value), 'LINK_SECRET is a placeholder: set a random secret of your own'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  OUTBOX_POLL_MS: z.coerce.number().int().min(50).default(1000),
  WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(500).default(20),
  /** Schema of BullMQ's PostgreSQL backend, used when REDIS_URL is not set. */
  QUEUE_PG_SCHEMA: z
    .string()
    .regex(/^[a-z_][a-z0-9_]*$/)
    .default('bullmq'),
  /** Prefix of BullMQ keys on Redis; put it in braces ({cercle}) for Redis Cluster. */
  QUEUE_PREFIX: z.string().default('cercle'),
  /** Requests per minute and client address on signed-link pages (0: no limit). */
  RATE_LIMIT_SIGNED_LINK_PER_MINUTE: z.coerce.number().int().min(0).default(300),
  /** Requests per minute and API token on organiser routes (0: no limit). */
  RATE_LIMIT_TOKEN_PER_MINUTE: z.coerce.number().int().min(0).default(1200),
  /** Requests per minute and client address on organiser routes, with or without a token: caps token guessing (0: no limit). */
  RATE_LIMIT_ADDRESS_PER_MINUTE: z.coerce.number().int().min(0).default(2400),
  /** Reverse proxies in front of the service whose X-Forwarded-For is believed (the client address rate limits count). */
  TRUST_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
});
export type ServiceConfig = z.infer<typeof serviceConfigSchema>;

export class ConfigError extends Error {
  constructor(service: string, problems: string[]) {
    super(`Invalid configuration for ${service}:\n  - ${problems.join('\n  - ')}`);
    this.name = 'ConfigError';
  }
}

/** Parses the environment once at start-up; a bad or missing variable stops the service with a clear list. */
export function loadConfig<S extends z.ZodType>(service: string, schema: S, env: NodeJS.ProcessEnv = process.env): z.infer<S> {
  // An empty variable means "not set" (docker-compose writes `${MATTERMOST_TOKEN:-}` as an empty string).
  const given = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
  const result = schema.safeParse(given);
  if (!result.success) {
    throw new ConfigError(
      service,
      result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`),
    );
  }
  // Rules across variables: services extend the base schema, which therefore cannot carry them itself.
  const problems = [...queueConfigProblems(result.data as Partial<ServiceConfig>), ...halfGivenProblems(given)];
  if (problems.length) throw new ConfigError(service, problems);
  return result.data;
}

/** Variables that only mean something together: one without the other is a mistake, not a default. */
const PAIRS: Array<[string, string]> = [
  ['MATTERMOST_URL', 'MATTERMOST_TOKEN'],
  ['MATRIX_HOMESERVER_URL', 'MATRIX_ACCESS_TOKEN'],
];

function halfGivenProblems(env: NodeJS.ProcessEnv): string[] {
  return PAIRS.filter(([a, b]) => (env[a] === undefined) !== (env[b] === undefined)).map(
    ([a, b]) => `${env[a] === undefined ? b : a} is set without ${env[a] === undefined ? a : b}: give both, or neither`,
  );
}

/** Injection token of the parsed configuration object in every service. */
export const SERVICE_CONFIG = Symbol('SERVICE_CONFIG');
