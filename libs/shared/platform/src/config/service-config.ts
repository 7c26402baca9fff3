import { z } from 'zod';

/** Variables every service reads. Each service extends this with its own; README lists them all. */
export const serviceConfigSchema = z.object({
  DATABASE_URL: z.string().url({ message: 'DATABASE_URL must be a postgres:// URL (npm start sets it for you)' }),
  REDIS_URL: z.string().url().optional(),
  HOST: z.string().default('127.0.0.1'),
  PUBLIC_URL: z.string().url().default('http://localhost:3000'),
  LINK_SECRET: z.string().min(32, 'LINK_SECRET must be at least 32 characters'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  OUTBOX_POLL_MS: z.coerce.number().int().min(50).default(1000),
  WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(500).default(20),
  /** Schema of BullMQ's PostgreSQL backend, used when REDIS_URL is not set. */
  QUEUE_PG_SCHEMA: z.string().regex(/^[a-z_][a-z0-9_]*$/).default('bullmq'),
  /** Prefix of BullMQ keys on Redis; put it in braces ({cercle}) for Redis Cluster. */
  QUEUE_PREFIX: z.string().default('cercle'),
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
  const result = schema.safeParse(env);
  if (!result.success) {
    throw new ConfigError(
      service,
      result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`),
    );
  }
  return result.data;
}

/** Injection token of the parsed configuration object in every service. */
export const SERVICE_CONFIG = Symbol('SERVICE_CONFIG');
