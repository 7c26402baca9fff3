import { spawnSync } from 'node:child_process';
import { Queue, Worker } from 'bullmq';
import { startRedisCluster, RedisClusterHandle, uniquePrefix, waitFor } from '@cercle/testing';
import { bullConnectionOptions } from '../src/messaging/queue-backend';

const clientsOn = (port: number) =>
  spawnSync('redis-cli', ['-p', String(port), 'CLIENT', 'LIST'], { encoding: 'utf8' })
    .stdout.split('\n')
    .filter((l) => l.includes('cmd=') && !l.includes('cmd=client')).length;
const keysOn = (port: number, pattern: string) =>
  spawnSync('redis-cli', ['-p', String(port), '--scan', '--pattern', pattern], { encoding: 'utf8' })
    .stdout.split('\n')
    .filter(Boolean);

/** BullMQ on a real three-master Redis Cluster through the connection options every service uses. */
describe('queues on Redis Cluster', () => {
  let cluster: RedisClusterHandle;

  beforeAll(async () => {
    cluster = await startRedisCluster(3);
  }, 60000);

  afterAll(async () => {
    await cluster?.stop();
  });

  it('runs every job once with a hash-tagged prefix, keeps each queue on one master, and closes its connections', async () => {
    const prefix = `{${uniquePrefix('cluster')}}`;
    const before = cluster.ports.map(clientsOn);
    const bull = bullConnectionOptions({ kind: 'redis', url: cluster.url, prefix });
    const queue = new Queue('cluster-check', bull);
    const seen: string[] = [];
    const worker = new Worker('cluster-check', async (job) => void seen.push(job.id!), { ...bull, concurrency: 10 });
    await queue.addBulk(Array.from({ length: 300 }, (_, i) => ({ name: 'x', data: {}, opts: { jobId: `j${i}` } })));
    await waitFor(() => seen.length >= 300, { description: '300 jobs processed', timeoutMs: 30000 });
    expect(new Set(seen).size).toBe(300);
    expect(seen.length).toBe(300);
    // The hash tag puts all of a queue's keys in one slot, hence on one master (BullMQ's scripts need that).
    const holders = cluster.ports.filter((port) => keysOn(port, `${prefix}:cluster-check:*`).length > 0);
    expect(holders).toHaveLength(1);
    await worker.close();
    await queue.close();
    await waitFor(() => cluster.ports.every((port, i) => clientsOn(port) <= before[i]), {
      description: 'every cluster connection closed',
      timeoutMs: 10000,
    });
  });
});
