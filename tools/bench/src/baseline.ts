import { Queue, Worker } from 'bullmq';
import nodemailer from 'nodemailer';
import { bullConnectionOptions } from '@cercle/platform';

export interface BaselineOptions {
  redisUrl: string;
  smtpUrl: string;
  recipients: string[];
  concurrency: number;
  poolSize: number;
}

/**
 * The raw baseline: a bare BullMQ worker (same Redis, same concurrency as the engine's delivery worker)
 * sending one small email per job through pooled nodemailer (same pool size). No database, no templates:
 * what the queue and SMTP alone cost. Returns the time the first job was enqueued; the caller waits for
 * the sink and calls `stop`.
 */
export async function startBaseline(options: BaselineOptions): Promise<{ startedAt: number; stop(): Promise<void> }> {
  const connection = bullConnectionOptions({ kind: 'redis', url: options.redisUrl, prefix: `bench-baseline-${process.pid}-${Date.now()}` });
  const name = 'baseline-email';
  const smtp = new URL(options.smtpUrl);
  const transport = nodemailer.createTransport({
    pool: true,
    maxConnections: options.poolSize,
    host: smtp.hostname,
    port: Number(smtp.port),
    secure: false,
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
