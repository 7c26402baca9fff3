import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startStack } from '../../dev/src/stack';
import { DemoArgsError, parseDemoArgs } from './demo-args';
import { runLifecycle } from './lifecycle-scenario';

/**
 * `npm run demo [-- --format open-forum|peer-group --occurrences N]`: a fresh Cercle on embedded
 * defaults (its own data folder and ports, so it runs beside `npm start`), N occurrences of one series
 * through every step, then one JSON line of measured counts.
 */
async function main(): Promise<void> {
  const args = parseDemoArgs(process.argv.slice(2));
  const dataDir = mkdtempSync(join(tmpdir(), 'cercle-demo-'));
  // As root, the embedded PostgreSQL runs as its own 'postgres' user, which must be able to enter this folder.
  chmodSync(dataDir, 0o755);
  const started = Date.now();
  const log = (line: string) => console.log(`${((Date.now() - started) / 1000).toFixed(1).padStart(5)}s  ${line}`);
  const base = Number(process.env.DEMO_PORT_BASE ?? 4100);
  const stack = await startStack({
    dataDir,
    redisUrl: process.env.REDIS_URL || undefined,
    ports: { gateway: base, events: base + 1, membership: base + 2, notifications: base + 3, postgres: base + 4, smtp: base + 5, mattermost: base + 6, inbox: base + 7 },
    logLevel: 'warn',
    log,
    serviceEnv: { OUTBOX_POLL_MS: '250' },
  });
  try {
    log(`Cercle a démarré (${process.env.REDIS_URL ? 'files sur Redis' : 'files sur PostgreSQL'}) ; ${args.occurrences} occurrence(s) au format ${args.format}`);
    const { counts } = await runLifecycle(stack, { ...args, log });
    console.log(JSON.stringify(counts));
  } finally {
    await stack.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error instanceof DemoArgsError ? `Erreur : ${error.message}` : error instanceof Error ? error.stack : error);
    process.exit(error instanceof DemoArgsError ? 2 : 1);
  },
);
