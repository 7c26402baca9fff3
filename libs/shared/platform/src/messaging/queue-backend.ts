import { createPostgresBackend, setDefaultBackendFactory } from 'bullmq';
import type { ServiceConfig } from '../config/service-config';

export type QueueBackend =
  | { kind: 'redis'; url: string; prefix: string }
  | { kind: 'postgres'; connectionString: string; schema: string };

/** Redis when REDIS_URL is set (production, scale); otherwise BullMQ's PostgreSQL backend on the same database. */
export function queueBackendFrom(config: Pick<ServiceConfig, 'REDIS_URL' | 'DATABASE_URL' | 'QUEUE_PG_SCHEMA' | 'QUEUE_PREFIX'>): QueueBackend {
  if (config.REDIS_URL) return { kind: 'redis', url: config.REDIS_URL, prefix: config.QUEUE_PREFIX };
  return { kind: 'postgres', connectionString: config.DATABASE_URL, schema: config.QUEUE_PG_SCHEMA };
}

/**
 * The options every Queue and Worker of this process is built with. For PostgreSQL this also switches
 * BullMQ's process-wide backend factory, which is how @nestjs/bullmq's own `new Queue()`/`new Worker()`
 * end up on PostgreSQL without knowing about it. One process uses one backend.
 */
export function bullConnectionOptions(backend: QueueBackend): { connection: any; prefix?: string } {
  if (backend.kind === 'postgres') {
    setDefaultBackendFactory(createPostgresBackend as any);
    return { connection: { connectionString: backend.connectionString, schema: backend.schema, migrate: true, max: 10 } };
  }
  setDefaultBackendFactory(undefined);
  const url = new URL(backend.url);
  return {
    prefix: backend.prefix,
    connection: {
      host: url.hostname,
      port: Number(url.port || 6379),
      username: url.username ? decodeURIComponent(url.username) : undefined,
      password: url.password ? decodeURIComponent(url.password) : undefined,
      db: url.pathname.length > 1 ? Number(url.pathname.slice(1)) : 0,
      tls: url.protocol === 'rediss:' ? {} : undefined,
      // Workers block on Redis; BullMQ requires this to be null.
      maxRetriesPerRequest: null,
    },
  };
}

export function describeBackend(backend: QueueBackend): string {
  return backend.kind === 'redis' ? `Redis (${new URL(backend.url).host})` : `PostgreSQL (schema ${backend.schema})`;
}
