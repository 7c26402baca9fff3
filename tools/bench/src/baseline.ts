import { Queue, Worker } from 'bullmq';
import nodemailer from 'nodemailer';
import { bullConnectionOptions } from '@cercle/platform';
import { noDelaySocket } from '@cercle/notifications-feature';

export interface BaselineOptions {
  /** The queues' backend, as the engine's: Redis, or BullMQ's PostgreSQL backend on this database. */
  queues: { kind: 'redis' | 'postgres'; url: string };
  smtpUrl: string;
  recipients: string[];
  concurrency: number;
  poolSize: number;
}

/**
 * The raw baseline: a bare BullMQ worker (same Redis, same concurrency as the engine's delivery worker)
 * sending one small email per job through pooled nodemailer (same pool size, same `TCP_NODELAY` sockets). No database, no templates:
 * what the queue and SMTP alone cost. Returns the time the first job was enqueued; the caller waits for
 * the sink and calls `stop`.
 */
export async function startBaseline(options: BaselineOptions): Promise<{ startedAt: number; stop(): Promise<void> }> {
  const connection = bullConnectionOptions(
    options.queues.kind === 'redis'
      ? { kind: 'redis', url: options.queues.url, prefix: `bench-baseline-${process.pid}-${Date.now()}` }
      : { kind: 'postgres', connectionString: options.queues.url, schema: 'bench_baseline' },
  );
  const name = 'baseline-email';
  const smtp = new URL(options.smtpUrl);
  const transport = nodemailer.createTransport({
    pool: true,
    maxConnections: options.poolSize,
    host: smtp.hostname,
    port: Number(smtp.port),
    secure: false,
    // Nagle off, as on the engine's sockets: otherwise both sides measure the delayed ACK, not themselves.
    getSocket: noDelaySocket,
  });
  const queue = new Queue(name, connection);
  const worker = new Worker(
    name,
    async (job) => {
      await transport.sendMail({ from: 'bench@baseline.example', to: job.data.to, subject: 'Baseline', text: `Message ${job.id}` });
    },
    { ...connection, concurrency: options.concurrency },
  );
  await worker.waitUntilReady();
  const startedAt = Date.now();
  for (let i = 0; i < options.recipients.length; i += 1000) {
    await queue.addBulk(
      options.recipients.slice(i, i + 1000).map((to, j) => ({ name, data: { to }, opts: { jobId: `b${i + j}`, removeOnComplete: true } })),
    );
  }
  return {
    startedAt,
    async stop() {
      await worker.close();
      await queue.obliterate({ force: true }).catch(() => undefined);
      await queue.close();
      transport.close();
    },
  };
}
