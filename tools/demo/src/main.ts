import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '@cercle/testing';
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
  const stack = await startStack({
    dataDir,
    redisUrl: process.env.REDIS_URL || undefined,
    ports: await demoPorts(),
    logLevel: 'warn',
    log,
    serviceEnv: { OUTBOX_POLL_MS: '250' },
  });
  try {
    log(
      `Cercle a démarré (${process.env.REDIS_URL ? 'files sur Redis' : 'files sur PostgreSQL'}) ; ${args.occurrences} occurrence(s) au format ${args.format}`,
    );
    const { counts } = await runLifecycle(stack, { ...args, log });
    console.log(JSON.stringify(counts));
  } finally {
    await stack.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/**
 * Free ports by default: with fixed ones, whatever already listened there (another Cercle, another demo)
 * answered the demo's calls and it failed with an unrelated 401. DEMO_PORT_BASE asks for fixed ones.
 */
async function demoPorts() {
  const names = ['gateway', 'events', 'membership', 'notifications', 'postgres', 'smtp', 'mattermost', 'inbox', 'console'] as const;
  const base = process.env.DEMO_PORT_BASE ? Number(process.env.DEMO_PORT_BASE) : null;
  const ports = {} as Record<(typeof names)[number], number>;
  for (const [index, name] of names.entries()) ports[name] = base === null ? await freePort() : base + index;
  return ports;
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error instanceof DemoArgsError ? `Erreur : ${error.message}` : error instanceof Error ? error.stack : error);
    process.exit(error instanceof DemoArgsError ? 2 : 1);
  },
);
