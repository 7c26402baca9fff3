import { Cluster, Redis, type RedisOptions } from 'ioredis';
import { createIORedisClient, RedisConnection } from 'bullmq';

/** The option that carries a cluster's seed nodes through BullMQ's connection options to the factory below. */
export const CLUSTER_NODES = 'cercleClusterNodes';

/**
 * BullMQ's `connection` takes Redis options or a ready client, never cluster options. A shared `Cluster`
 * instance would work, but BullMQ leaves shared clients open and Nest runs shutdown hooks from the root
 * module down, before the queues close. So every Queue and Worker gets a Cluster of its own, made here
 * from the options BullMQ passes (it adds its retry strategy, the blocking connection's name and
 * `maxRetriesPerRequest: null`), and BullMQ closes what it made as it does for a single Redis.
 *
 * Options without seed nodes get exactly what BullMQ would have built itself, so installing this
 * process-wide changes nothing for a single Redis.
 */
function clientFor(options: RedisOptions & { url?: string; [CLUSTER_NODES]?: Array<{ host: string; port: number }> }) {
  const { [CLUSTER_NODES]: nodes, url, ...rest } = options;
  if (!nodes) return createIORedisClient(url ? new Redis(url, rest) : new Redis(rest));
  // host/port are BullMQ's single-server defaults; each node's connection is the cluster's business.
  const { host: _host, port: _port, retryStrategy: _retry, ...redisOptions } = rest;
  return createIORedisClient(
    new Cluster(nodes, {
      redisOptions,
      // A restarted or failed-over master moves slots: refresh the map rather than give up on it.
      clusterRetryStrategy: (times) => Math.min(100 * times, 2000),
      slotsRefreshTimeout: 2000,
    }),
  );
}

export function installClusterClientFactory(): void {
  RedisConnection.clientFactory = clientFor as NonNullable<typeof RedisConnection.clientFactory>;
}
