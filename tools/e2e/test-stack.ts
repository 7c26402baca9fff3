import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestDatabase, freePort, testRedisUrl, uniquePrefix } from '@cercle/testing';
import { startStack, Stack } from '../dev/src/stack';

export interface TestStack {
  stack: Stack;
  /** The test's own database (each service in its schema), for tests that read the tables. */
  databaseUrl: string;
  /** Stops the services and the local servers, and removes the data directory. */
  stop(): Promise<void>;
}

export interface TestStackOptions {
  log: (line: string) => void;
  serviceEnv?: NodeJS.ProcessEnv;
  /** Queues elsewhere than the shared test Redis (a Redis Cluster, a Redis the test restarts). */
  redisUrl?: string;
  /** A PostgreSQL of the test's own (one it restarts) rather than a new database on the shared one. */
  databaseUrl?: string;
}

/**
 * The three services as separate processes on the test's own database and queue prefix, with free
 * ports and a data directory of its own: what `npm start` runs, for one end-to-end suite.
 */
export async function startTestStack(name: string, options: TestStackOptions): Promise<TestStack> {
  const dataDir = mkdtempSync(join(tmpdir(), `cercle-${name}-`));
  const databaseUrl = options.databaseUrl ?? (await createTestDatabase(name.replace(/\W/g, '_')));
  const port = () => freePort();
  try {
    const stack = await startStack({
      dataDir,
      databaseUrl,
      redisUrl: options.redisUrl ?? testRedisUrl(),
      // In braces: a Redis Cluster needs the hash tag, and a single Redis does not mind it.
      queuePrefix: `{${uniquePrefix(name)}}`,
      ports: {
        gateway: await port(),
        events: await port(),
        membership: await port(),
        notifications: await port(),
        console: await port(),
        postgres: 0,
        smtp: await port(),
        mattermost: await port(),
        inbox: await port(),
      },
      logLevel: 'warn',
      log: options.log,
      serviceEnv: { OUTBOX_POLL_MS: '200', ...options.serviceEnv },
    });
    return {
      stack,
      databaseUrl,
      async stop() {
        await stack.stop();
        rmSync(dataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
}

/**
 * A suite's log: lines timed from the suite's start, without Nest's start-up chatter (routes mapped,
 * modules initialised), printed once at the end so that a failure shows what the stack was doing.
 */
export function suiteLog(): { note: (line: string) => void; lines: string[] } {
  const lines: string[] = [];
  const t0 = Date.now();
  const note = (line: string) => {
    if (!/Mapped \{|RoutesResolver|dependencies initialized|Controller \{\//.test(line))
      lines.push(`${((Date.now() - t0) / 1000).toFixed(1).padStart(6)}s ${line}`);
  };
  return { note, lines };
}
