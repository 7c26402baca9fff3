import { join } from 'node:path';
import { freePort } from '@cercle/testing';
import { startStack, Stack, StackOptions } from '../../dev/src/stack';

export type BenchStackOptions = Omit<StackOptions, 'ports' | 'logLevel'> & { postgresPort?: number };

/**
 * Cercle as the benchmarks start it: the shared launcher (`npm start`, e2e tests) on free ports, so that
 * runs never collide with another stack on the machine, services logging warnings only, and a V8 CPU
 * profile per service (`<pid>.cpuprofile`) when BENCH_CPU_PROF names a folder. `npm run bench -- --http`
 * and the fan-out bench (main.ts) both start it.
 */
export async function startBenchStack(options: BenchStackOptions): Promise<Stack> {
  const { postgresPort, serviceEnv, ...rest } = options;
  return startStack({
    ...rest,
    logLevel: 'warn',
    ports: {
      gateway: await freePort(),
      events: await freePort(),
      membership: await freePort(),
      notifications: await freePort(),
      console: await freePort(),
      postgres: postgresPort ?? (await freePort()),
      // Unused: the benchmarks send to their own SMTP sink (smtpUrl).
      smtp: 0,
      mattermost: await freePort(),
      inbox: await freePort(),
    },
    serviceEnv: {
      // NODE_OPTIONS may not carry --cpu-prof: cpu-profile.js starts the profiler from inside.
      ...(process.env.BENCH_CPU_PROF ? { NODE_OPTIONS: `--require ${join(__dirname, 'cpu-profile.js')}` } : {}),
      ...serviceEnv,
    },
  });
}
