import { spawn, spawnSync, ChildProcess } from 'node:child_process';
import { createConnection } from 'node:net';
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
  if (spawnSync('redis-server', ['--version']).error) {
    throw new Error('Tests need Redis: set REDIS_URL, or install redis-server (Debian: apt-get install -y redis-server)');
  }
  const port = await freePort();
  const child: ChildProcess = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
    stdio: 'ignore',
  });
  const deadline = Date.now() + 10000;
  while (!(await ping(port))) {
    if (Date.now() > deadline) throw new Error('redis-server did not start within 10 s');
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    url: `redis://127.0.0.1:${port}`,
    stop: async () => {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
    },
  };
}
