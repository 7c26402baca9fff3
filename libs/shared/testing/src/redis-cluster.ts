import { spawn, spawnSync, ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './free-port';
import { waitFor } from './wait-for';

export interface RedisClusterHandle {
  /** `redis+cluster://` with every master as a seed: what REDIS_URL takes. */
  url: string;
  ports: number[];
  stop(): Promise<void>;
}

function cli(port: number, ...args: string[]): string {
  const result = spawnSync('redis-cli', ['-h', '127.0.0.1', '-p', String(port), ...args], { encoding: 'utf8', timeout: 20000 });
  if (result.error) throw result.error;
  if (result.status !== 0) throw new Error(`redis-cli ${args.join(' ')}: ${result.stderr || result.stdout}`);
  return result.stdout;
}

/**
 * A real Redis Cluster of `masters` masters (no replicas), each a Debian `redis-server` in cluster mode on
 * free ports with its data and node table in a temporary folder, slots spread by `redis-cli --cluster
 * create`. The caller stops it; nothing outlives the test. The cluster bus port is chosen too
 * (`--cluster-port`), since the default port+10000 may be taken or out of range.
 */
export async function startRedisCluster(masters = 3): Promise<RedisClusterHandle> {
  if (spawnSync('redis-server', ['--version']).error || spawnSync('redis-cli', ['--version']).error) {
    throw new Error('A Redis Cluster needs redis-server and redis-cli (Debian: apt-get install -y redis-server)');
  }
  const dir = mkdtempSync(join(tmpdir(), 'cercle-redis-cluster-'));
  const ports: number[] = [];
  const children: ChildProcess[] = [];
  const stop = async () => {
    await Promise.all(
      children.map((child) => {
        if (child.exitCode !== null || child.signalCode !== null) return undefined;
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        return exited;
      }),
    );
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    for (let i = 0; i < masters; i++) {
      const port = await freePort();
      const busPort = await freePort();
      ports.push(port);
      const child = spawn(
        'redis-server',
        [
          '--port',
          String(port),
          '--cluster-port',
          String(busPort),
          '--bind',
          '127.0.0.1',
          '--cluster-enabled',
          'yes',
          '--cluster-config-file',
          join(dir, `nodes-${port}.conf`),
          '--dir',
          dir,
          '--save',
          '',
          '--appendonly',
          'no',
          '--cluster-node-timeout',
          '5000',
        ],
        { stdio: 'ignore' },
      );
      children.push(child);
    }
    for (const port of ports) {
      await waitFor(() => cli(port, 'PING').trim() === 'PONG', {
        description: `redis-server on ${port}`,
        timeoutMs: 10000,
        intervalMs: 50,
      });
    }
    cli(ports[0], '--cluster', 'create', ...ports.map((p) => `127.0.0.1:${p}`), '--cluster-yes');
    // Every node must agree that all slots are served before a client trusts the slot map.
    for (const port of ports) {
      await waitFor(() => cli(port, 'CLUSTER', 'INFO').includes('cluster_state:ok'), {
        description: `cluster state ok on ${port}`,
        timeoutMs: 20000,
        intervalMs: 100,
      });
    }
  } catch (error) {
    await stop();
    throw error;
  }
  return { url: `redis+cluster://${ports.map((p) => `127.0.0.1:${p}`).join(',')}`, ports, stop };
}
