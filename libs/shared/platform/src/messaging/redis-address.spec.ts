import { loadConfig, serviceConfigSchema } from '../config/service-config';
import { hashTagOf, parseRedisAddress } from './redis-address';

describe('parseRedisAddress', () => {
  it("reads a Redis Cluster's seed nodes and credentials from redis+cluster://", () => {
    expect(parseRedisAddress('rediss+cluster://bot:p%40ss@10.0.0.1:7000,10.0.0.2:7001,[::1]:7002')).toEqual({
      kind: 'cluster',
      nodes: [
        { host: '10.0.0.1', port: 7000 },
        { host: '10.0.0.2', port: 7001 },
        { host: '::1', port: 7002 },
      ],
      username: 'bot',
      password: 'p@ss',
      tls: true,
    });
  });

  it('keeps a single server as its URL and says what is wrong with anything else', () => {
    expect(parseRedisAddress('redis://127.0.0.1:6379/2')).toEqual({ kind: 'server', url: 'redis://127.0.0.1:6379/2' });
    expect(parseRedisAddress('redis+cluster://10.0.0.1,10.0.0.2:7001')).toBe('cluster node "10.0.0.1" is not host:port');
    expect(parseRedisAddress('http://10.0.0.1:6379')).toMatch(/^must be redis:\/\//);
  });
});

describe('hashTagOf', () => {
  it("finds the tag Redis Cluster hashes on, by the cluster spec's first-brace rule", () => {
    expect(hashTagOf('{cercle}')).toBe('cercle');
    expect(hashTagOf('prod-{cercle}')).toBe('cercle');
    expect(hashTagOf('cercle')).toBeNull();
    expect(hashTagOf('{}cercle')).toBeNull();
    expect(hashTagOf('{cercle')).toBeNull();
  });
});

describe('the queue settings at start-up', () => {
  const env = { DATABASE_URL: 'postgres://localhost/cercle', LINK_SECRET: 'x'.repeat(40) };

  it('refuses a cluster whose QUEUE_PREFIX has no hash tag, saying which prefix to use', () => {
    expect(() => loadConfig('events', serviceConfigSchema, { ...env, REDIS_URL: 'redis+cluster://127.0.0.1:7000' })).toThrow(
      /QUEUE_PREFIX: "cercle" has no hash tag.*QUEUE_PREFIX=\{cercle\}/s,
    );
    expect(() =>
      loadConfig('events', serviceConfigSchema, { ...env, REDIS_URL: 'redis+cluster://127.0.0.1:7000', QUEUE_PREFIX: '{cercle}' }),
    ).not.toThrow();
  });

  it('takes any prefix on a single Redis and lists a malformed REDIS_URL among the problems', () => {
    expect(loadConfig('events', serviceConfigSchema, { ...env, REDIS_URL: 'redis://127.0.0.1:6379' }).QUEUE_PREFIX).toBe('cercle');
    expect(() => loadConfig('events', serviceConfigSchema, { ...env, REDIS_URL: 'redis+cluster://nowhere' })).toThrow(
      /REDIS_URL: cluster node "nowhere" is not host:port/,
    );
  });
});
