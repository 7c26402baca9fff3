import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// Global setup is loaded by plain Node (no jest module mapping), hence the relative path.
import { startEmbeddedPostgres } from '../../platform/src/persistence/embedded-postgres';
import { freePort } from './free-port';
import { startRedis } from './redis-server';

/**
 * Starts the real servers the integration and e2e tests share: an embedded PostgreSQL (each test
 * creates its own database in it) and Redis. Their addresses reach the test workers via the
 * environment, which workers inherit.
 */
export default async function globalSetup(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'cercle-test-pg-'));
  const postgres = await startEmbeddedPostgres({ dataDir, port: await freePort(), database: 'cercle_test', persistent: false });
  const redis = await startRedis();
  process.env.CERCLE_TEST_POSTGRES_URL = postgres.url;
  process.env.CERCLE_TEST_REDIS_URL = redis.url;
  (globalThis as Record<string, unknown>).__cercleTestServers = [postgres, redis];
}
