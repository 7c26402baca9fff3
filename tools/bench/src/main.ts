import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { removeOnInterrupt } from './interrupt';
import { UsageError } from './usage-error';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedPostgres } from '@cercle/platform';
import { freePort, startRedis } from '@cercle/testing';
import type { Stack } from '../../dev/src/stack';
import { startBenchStack } from './bench-stack';
import { settle } from '../../demo/src/settle';
import { startBaseline } from './baseline';
import { runHttpLoad } from './http-load';
import { announce, ENGINE_DOMAIN, prepareEngine } from './engine';
import { measure, ProcessStats, RunResult } from './measure';
import { startSmtpSink, SmtpSink } from './smtp-sink';

/**
 * `npm run bench -- --members N`: one occurrence announced to N members through the real pipeline,
 * and a bare BullMQ + nodemailer baseline against the same SMTP sink, in one run. Readable lines,
 * then one JSON line last.
 */
interface Options {
  members: number;
  concurrency: number;
  poolSize: number;
  /** Processes of each service; replicas beyond the first share the database and the queues. */
  replicas: number;
  /** Where the queues live: Redis (production, scale) or BullMQ's PostgreSQL backend (the `npm start` default). */
  backend: 'redis' | 'postgres';
  /** `--no-baseline`: the engine alone, for a run whose question is memory (the baseline's figures are null). */
  baseline: boolean;
}

function parseArgs(argv: string[]): Options {
  const options: Options = { members: 10000, concurrency: 20, poolSize: 5, replicas: 1, backend: 'redis', baseline: true };
  const flags: Record<string, Exclude<keyof Options, 'backend' | 'baseline'>> = {
    '--members': 'members',
    '--concurrency': 'concurrency',
    '--pool': 'poolSize',
    '--replicas': 'replicas',
  };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split('=');
    if (flag === '--no-baseline') {
      options.baseline = false;
      continue;
    }
    if (flag === '--backend') {
      const backend = inline ?? argv[++i];
      if (backend !== 'redis' && backend !== 'postgres') throw new UsageError('--backend is redis or postgres');
      options.backend = backend;
      continue;
    }
    const key = flags[flag];
    if (!key)
      throw new UsageError(
        `Unknown option ${argv[i]} (known: ${Object.keys(flags).join(', ')}, --backend, --no-baseline; --http first for the registration page load)`,
      );
    const value = Number(inline ?? argv[++i]);
    if (!Number.isInteger(value) || value < 1) throw new UsageError(`${flag} needs a positive integer`);
    options[key] = value;
  }
  return options;
}

const t0 = Date.now();
const say = (line: string) => console.log(`${((Date.now() - t0) / 1000).toFixed(1).padStart(6)}s ${line}`);

/** Waits until the sink holds `count` messages for `domain`, showing progress. */
async function waitForEmails(sink: SmtpSink, domain: string, count: number, what: string): Promise<void> {
  let last = -1;
  let lastChange = Date.now();
  await settle(
    async () => {
      const accepted = (await sink.counts())[domain] ?? 0;
      if (accepted !== last) {
        if (Math.floor(accepted / 1000) !== Math.floor(last / 1000) || accepted >= count)
          say(`${what}: ${accepted}/${count} emails accepted`);
        last = accepted;
        lastChange = Date.now();
      }
      // Nothing new for 30 s: the rest is missing, not slow.
      return accepted >= count || Date.now() - lastChange > 30000;
    },
    `${count} ${what} emails`,
    3600000,
  );
  // A short grace period so that late duplicates are counted too.
  await new Promise((r) => setTimeout(r, 1000));
}

function describe(name: string, r: RunResult): string {
  return `${name}: ${r.emailsPerS} emails/s (steady ${r.steadyPerS}), first after ${r.firstMs} ms, p50 ${r.p50Ms} ms, p99 ${r.p99Ms} ms, duplicates ${r.duplicates}, missing ${r.missing}${r.unexpected ? `, unexpected ${r.unexpected}` : ''}`;
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const dataDir = mkdtempSync(join(tmpdir(), 'cercle-bench-'));
  removeOnInterrupt(dataDir);
  // The embedded PostgreSQL runs as its own user, which must reach its data folder inside this one.
  chmodSync(dataDir, 0o755);
  const redis = options.backend === 'redis' ? await startRedis() : null;
  const sink = await startSmtpSink();
  let stack: Stack | null = null;
  const postgresPort = await freePort();
  // Started here rather than by the stack: on the PostgreSQL backend the baseline's queue needs it too.
  const postgres = await startEmbeddedPostgres({ dataDir: join(dataDir, 'postgres'), port: postgresPort });
  try {
    say(
      `${redis ? `Redis ${redis.url}` : 'queues on PostgreSQL'}, SMTP sink ${sink.smtpUrl} (pid ${sink.pid}), PostgreSQL on port ${postgresPort}; starting the services`,
    );
    stack = await startBenchStack({
      dataDir,
      databaseUrl: postgres.url,
      redisUrl: redis?.url,
      smtpUrl: sink.smtpUrl,
      queuePrefix: `bench${process.pid}`,
      postgresPort,
      log: say,
      serviceEnv: { WORKER_CONCURRENCY: String(options.concurrency), SMTP_POOL_SIZE: String(options.poolSize) },
    });
    for (let replica = 2; replica <= options.replicas; replica++) {
      for (const name of ['membership', 'events', 'notifications'] as const) await stack.addReplica(name, await freePort());
    }
    if (options.replicas > 1) say(`${options.replicas} processes of each service`);
    const running = stack;
    // Replicas are told apart by their order: notifications, notifications#2, …
    const processes = new ProcessStats(() =>
      Object.fromEntries(
        [...Object.values(running.services), ...running.replicas].map((s, i, all) => {
          const rank = all.slice(0, i + 1).filter((other) => other.name === s.name).length;
          return [rank > 1 ? `${s.name}#${rank}` : s.name, s.child.pid];
        }),
      ),
    );

    // Once a minute, the peaks so far: a long run that is cut short still tells where memory went.
    const peaksLine = () =>
      `peak RSS so far: ${Object.entries(processes.peaks())
        .map(([n, mb]) => `${n} ${mb} MB`)
        .join(', ')}`;
    const peaksTimer = setInterval(() => say(peaksLine()), 60000);
    peaksTimer.unref();
    let baseline: RunResult | null = null;
    if (options.baseline) {
      say(
        `baseline: ${options.members} emails through a bare BullMQ worker (concurrency ${options.concurrency}, SMTP pool ${options.poolSize})`,
      );
      const baselineRecipients = Array.from({ length: options.members }, (_, i) => `b${i}@baseline.example`);
      const baselineCpu = process.cpuUsage();
      const baselineRun = await startBaseline({
        queues: redis ? { kind: 'redis', url: redis.url } : { kind: 'postgres', url: postgres.url },
        smtpUrl: sink.smtpUrl,
        recipients: baselineRecipients,
        concurrency: options.concurrency,
        poolSize: options.poolSize,
      });
      await waitForEmails(sink, 'baseline.example', options.members, 'baseline');
      const { user, system } = process.cpuUsage(baselineCpu);
      say(`CPU per email of the baseline worker: ${((user + system) / 1000 / options.members).toFixed(2)} ms`);
      await baselineRun.stop();
      baseline = measure(new Set(baselineRecipients), await sink.accepted('baseline.example'), baselineRun.startedAt);
      say(describe('baseline', baseline));
    }

    say(`engine: ${options.members} members`);
    const setup = await prepareEngine(stack, options.members, say);
    say('announcing');
    const cpuBefore = processes.cpuMs();
    const announcedAt = await announce(setup);
    await waitForEmails(sink, ENGINE_DOMAIN, options.members, 'engine');
    const cpuAfter = processes.cpuMs();
    const cpuPerEmail = (name: string) => (cpuAfter[name] - (cpuBefore[name] ?? 0)) / options.members;
    // Every replica of notifications counts: together they are the engine's cost of sending.
    const notificationsCpuMs = Object.keys(cpuAfter)
      .filter((n) => n.split('#')[0] === 'notifications')
      .reduce((sum, n) => sum + cpuPerEmail(n), 0);
    say(
      `CPU per email during the engine run: ${Object.keys(cpuAfter)
        .map((n) => `${n} ${cpuPerEmail(n).toFixed(2)} ms`)
        .join(', ')}`,
    );
    const engine = measure(new Set(setup.recipients), await sink.accepted(ENGINE_DOMAIN), announcedAt);
    const peaks = processes.stop();
    clearInterval(peaksTimer);

    const ratio = !baseline ? null : baseline.emailsPerS > 0 ? Math.round((engine.emailsPerS / baseline.emailsPerS) * 100) / 100 : 0;
    console.log('');
    console.log(describe('engine  ', engine));
    if (baseline) {
      console.log(describe('baseline', baseline));
      console.log(`ratio engine/baseline: ${ratio} (target ≥ 0.8)`);
    }
    console.log(
      `peak RSS (VmHWM): ${Object.entries(peaks)
        .map(([n, mb]) => `${n} ${mb} MB`)
        .join(', ')}; peak_rss_mb is the largest`,
    );
    console.log(
      JSON.stringify({
        members: options.members,
        engine_emails_per_s: engine.emailsPerS,
        baseline_emails_per_s: baseline?.emailsPerS ?? null,
        ratio,
        p50_ms: engine.p50Ms,
        p99_ms: engine.p99Ms,
        peak_rss_mb: Math.max(0, ...Object.values(peaks)),
        duplicates: engine.duplicates,
        missing: engine.missing,
        replicas: options.replicas,
        cpu_ms_per_email: Math.round(notificationsCpuMs * 100) / 100,
        backend: options.backend,
        baseline_p99_ms: baseline?.p99Ms ?? null,
      }),
    );
  } finally {
    await stack?.stop();
    await sink.stop();
    await redis?.stop();
    await postgres.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

// `--http`: the registration page under load (http-load.ts) instead of the fan-out.
const args = process.argv.slice(2);
(args[0] === '--http' ? runHttpLoad(args.slice(1)) : main()).then(
  () => process.exit(0),
  (error) => {
    console.error(error instanceof UsageError ? `Error: ${error.message}` : error instanceof Error ? error.stack : error);
    process.exit(1);
  },
);
