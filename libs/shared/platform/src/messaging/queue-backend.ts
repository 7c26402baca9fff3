import { createPostgresBackend, setDefaultBackendFactory } from 'bullmq';
import type { ServiceConfig } from '../config/service-config';
import { parseRedisAddress, RedisAddress } from './redis-address';
import { CLUSTER_NODES, installClusterClientFactory } from './redis-cluster-client';

export type QueueBackend = { kind: 'redis'; url: string; prefix: string } | { kind: 'postgres'; connectionString: string; schema: string };

/** Redis when REDIS_URL is set (production, scale); otherwise BullMQ's PostgreSQL backend on the same database. */
export function queueBackendFrom(
  config: Pick<ServiceConfig, 'REDIS_URL' | 'DATABASE_URL' | 'QUEUE_PG_SCHEMA' | 'QUEUE_PREFIX'>,
): QueueBackend {
  if (config.REDIS_URL) return { kind: 'redis', url: config.REDIS_URL, prefix: config.QUEUE_PREFIX };
  return { kind: 'postgres', connectionString: config.DATABASE_URL, schema: config.QUEUE_PG_SCHEMA };
}

function redisAddress(url: string): RedisAddress {
  const address = parseRedisAddress(url);
  if (typeof address === 'string') throw new Error(`REDIS_URL ${address}`);
  return address;
}

/**
 * The options every Queue and Worker of this process is built with. For PostgreSQL this also switches
 * BullMQ's process-wide backend factory, which is how @nestjs/bullmq's own `new Queue()`/`new Worker()`
 * end up on PostgreSQL without knowing about it. One process uses one backend.
 *
 * On Redis Cluster the options carry the seed nodes, and BullMQ's client factory (set here, process-wide
 * like the backend factory) builds an ioredis `Cluster` for each Queue and Worker.
 */
export function bullConnectionOptions(backend: QueueBackend): { connection: any; prefix?: string } {
  if (backend.kind === 'postgres') {
    setDefaultBackendFactory(createPostgresBackend as any);
    return { connection: { connectionString: backend.connectionString, schema: backend.schema, migrate: true, max: 10 } };
  }
  setDefaultBackendFactory(undefined);
  const address = redisAddress(backend.url);
  if (address.kind === 'cluster') {
    installClusterClientFactory();
    return {
      prefix: backend.prefix,
      connection: {
        [CLUSTER_NODES]: address.nodes,
        username: address.username,
        password: address.password,
        tls: address.tls ? {} : undefined,
        maxRetriesPerRequest: null,
      },
    };
  }
  const url = new URL(address.url);
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
  if (backend.kind === 'postgres') return `PostgreSQL (schema ${backend.schema})`;
  const address = redisAddress(backend.url);
  if (address.kind === 'cluster') return `Redis Cluster (seeds ${address.nodes.map((n) => `${n.host}:${n.port}`).join(', ')})`;
  return `Redis (${new URL(address.url).host})`;
}
