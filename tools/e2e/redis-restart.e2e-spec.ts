import { startRedisServer, RedisServerHandle } from '@cercle/testing';
import type { Stack } from '../dev/src/stack';
import { fanOutInterrupted, recipientCounts, sameProcessesReady, servicePids } from './fan-out';
import { startTestStack, TestStack } from './test-stack';

/**
 * Redis restarted in the middle of a 1,000-member fan-out, with its append-only file as a production
 * Redis keeps one: the services reconnect by themselves (no restart of Cercle) and every member gets
 * the announcement once. The delivery log lives in PostgreSQL, which stays up, so even a job that
 * comes back after the restart finds its row sent and sends nothing.
 */
describe('a fan-out through a Redis restart', () => {
  const members = 1000;
  let redis: RedisServerHandle;
  let running: TestStack;
  let stack: Stack;
  let sentBefore = 0;
  let pids: Record<string, number | undefined> = {};
  const log: string[] = [];

  beforeAll(async () => {
    redis = await startRedisServer({ appendOnly: true });
    running = await startTestStack('e2e-redis-restart', { log: (line) => log.push(line), redisUrl: redis.url, serviceEnv: { WORKER_CONCURRENCY: '10' } });
    stack = running.stack;
    pids = servicePids(stack);
    ({ sentBefore } = await fanOutInterrupted(stack, members, 100, () => redis.restart()));
  }, 300000);

  afterAll(async () => {
    if (log.length) console.log(log.slice(-30).join('\n'));
    await running?.stop();
    await redis?.stop();
  }, 60000);

  it('delivers the announcement to every member exactly once', () => {
    const { distinct, duplicated } = recipientCounts(stack.mail!.messages().map((m) => m.envelope));
    console.log(`${members}-member fan-out: Redis restarted after ${sentBefore} emails; missing ${members - distinct}, duplicated ${duplicated}`);
    expect(sentBefore).toBeLessThan(members);
    expect(distinct).toBe(members);
    expect(duplicated).toBe(0);
  });

  it('keeps the same service processes, each ready again on the restarted Redis', async () => {
    const names = Object.keys(pids);
    expect(await sameProcessesReady(stack, pids)).toEqual(names.map((name) => ({ name, sameProcess: true, ready: 200 })));
  });
});
