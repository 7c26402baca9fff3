import { spawn, spawnSync, ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createConnection } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './free-port';

export interface RedisHandle {
  url: string;
  stop(): Promise<void>;
}

function ping(port: number, host = '127.0.0.1'): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ port, host }, () => socket.write('PING\r\n'));
    socket.setTimeout(500, () => {
      socket.destroy();
      resolve(false);
    });
    socket.on('data', (data) => {
      socket.destroy();
      resolve(data.toString().startsWith('+PONG'));
    });
    socket.on('error', () => resolve(false));
  });
}

/**
 * A real Redis for the tests: the one REDIS_URL names (CI starts it), or a private redis-server on a
 * free port. There is no fake: BullMQ's Lua scripts need the real thing.
 */
export async function startRedis(): Promise<RedisHandle> {
  if (process.env.REDIS_URL) {
    const url = new URL(process.env.REDIS_URL);
    if (!(await ping(Number(url.port || 6379), url.hostname))) throw new Error(`REDIS_URL=${process.env.REDIS_URL} does not answer PING`);
    return { url: process.env.REDIS_URL, stop: async () => undefined };
  }
  return startRedisServer();
}

export interface RedisServerHandle extends RedisHandle {
  /** Stops the server (SIGTERM, or SIGKILL for a crash) and starts it again on the same port and folder. */
  restart(signal?: NodeJS.Signals): Promise<void>;
}

/**
 * A private redis-server on a free port, always: for a test that stops or restarts it under Cercle.
 * `appendOnly` keeps every write in an append-only file (fsync always) in a temporary folder, as a
 * production Redis that survives its own restart does; without it a restart starts empty.
 */
export async function startRedisServer(options: { appendOnly?: boolean } = {}): Promise<RedisServerHandle> {
  if (spawnSync('redis-server', ['--version']).error) {
    throw new Error('Tests need Redis: set REDIS_URL, or install redis-server (Debian: apt-get install -y redis-server)');
  }
  const port = await freePort();
  const dir = options.appendOnly ? mkdtempSync(join(tmpdir(), 'cercle-redis-')) : null;
  const args = dir ? ['--dir', dir, '--appendonly', 'yes', '--appendfsync', 'always'] : ['--appendonly', 'no'];
  let child = await spawnRedis(port, args);
  const stop = async (signal: NodeJS.Signals = 'SIGTERM') => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill(signal);
    await exited;
  };
  return {
    url: `redis://127.0.0.1:${port}`,
    async stop() {
      await stop();
      if (dir) rmSync(dir, { recursive: true, force: true });
    },
    async restart(signal = 'SIGTERM') {
      await stop(signal);
      child = await spawnRedis(port, args);
    },
  };
}

async function spawnRedis(port: number, args: string[]): Promise<ChildProcess> {
  const child: ChildProcess = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', ...args], {
    stdio: 'ignore',
  });
  const deadline = Date.now() + 10000;
  while (!(await ping(port))) {
    if (Date.now() > deadline) throw new Error('redis-server did not start within 10 s');
    await new Promise((r) => setTimeout(r, 50));
  }
  return child;
}
