import { startRedisServer } from '@cercle/testing';
import { describeFanOutThroughRestart } from './fan-out-through-restart';

/**
 * Redis restarted in the middle of a 1,000-member fan-out, with its append-only file as a production
 * Redis keeps one. The delivery log lives in PostgreSQL, which stays up, so a job that comes back
 * after the restart finds its row sent and sends nothing.
 */
describeFanOutThroughRestart('Redis', async () => {
  const redis = await startRedisServer({ appendOnly: true });
  return { stackOptions: { redisUrl: redis.url }, restart: () => redis.restart(), stop: () => redis.stop() };
});
