/**
 * Where the queues live on Redis, read from REDIS_URL: one server (`redis://`, `rediss://`) or a Redis
 * Cluster (`redis+cluster://[user:password@]host:port,host:port…`, `rediss+cluster://` with TLS). The
 * cluster form lists seed nodes, not every node: ioredis asks them for the slot map. It is not a WHATWG
 * URL (a comma list of hosts has no port), hence this parser rather than `new URL`.
 */
export type RedisAddress =
  | { kind: 'server'; url: string }
  | { kind: 'cluster'; nodes: Array<{ host: string; port: number }>; username?: string; password?: string; tls: boolean };

const CLUSTER = /^(rediss?)\+cluster:\/\/(?:([^@/]*)@)?([^/?#]+)\/?$/;

/** The parsed address, or a sentence saying what is wrong with it. */
export function parseRedisAddress(text: string): RedisAddress | string {
  const cluster = CLUSTER.exec(text);
  if (cluster) {
    const [, scheme, credentials, hosts] = cluster;
    const nodes: Array<{ host: string; port: number }> = [];
    for (const hostPort of hosts.split(',')) {
      const match = /^(\[[^\]]+\]|[^:]+):(\d{1,5})$/.exec(hostPort.trim());
      if (!match) return `cluster node "${hostPort}" is not host:port`;
      nodes.push({ host: match[1].replace(/^\[|\]$/g, ''), port: Number(match[2]) });
    }
    const [user, ...password] = (credentials ?? '').split(':');
    return {
      kind: 'cluster',
      nodes,
      username: user ? decodeURIComponent(user) : undefined,
      password: password.length ? decodeURIComponent(password.join(':')) : undefined,
      tls: scheme === 'rediss',
    };
  }
  try {
    const url = new URL(text);
    if (url.protocol === 'redis:' || url.protocol === 'rediss:') return { kind: 'server', url: text };
  } catch {
    // falls through to the message below
  }
  return 'must be redis://host:port[/db], rediss://…, or redis+cluster://host:port,host:port for Redis Cluster';
}

/**
 * The hash tag Redis Cluster would hash keys of this prefix on: the text between the first `{` and the
 * next `}`, when not empty (the cluster spec's rule). BullMQ's Lua scripts touch several keys of a queue
 * at once, and a cluster refuses that (CROSSSLOT) unless they all share one slot: the prefix must carry
 * a tag, as `{cercle}` does.
 */
export function hashTagOf(prefix: string): string | null {
  const open = prefix.indexOf('{');
  if (open < 0) return null;
  const close = prefix.indexOf('}', open + 1);
  return close > open + 1 ? prefix.slice(open + 1, close) : null;
}

/** What is wrong with the queue settings taken together (each variable's own syntax is the schema's job). */
export function queueConfigProblems(config: { REDIS_URL?: string; QUEUE_PREFIX?: string }): string[] {
  const address = config.REDIS_URL ? parseRedisAddress(config.REDIS_URL) : null;
  if (address && typeof address !== 'string' && address.kind === 'cluster' && !hashTagOf(config.QUEUE_PREFIX ?? '')) {
    return [
      `QUEUE_PREFIX: "${config.QUEUE_PREFIX ?? ''}" has no hash tag, and REDIS_URL names a Redis Cluster: every key of a queue must ` +
        `hash to one slot (BullMQ's scripts use several keys at once), so use a prefix in braces, e.g. QUEUE_PREFIX={cercle}`,
    ];
  }
  return [];
}
