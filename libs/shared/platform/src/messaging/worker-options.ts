import type { WorkerOptions } from 'bullmq';

/**
 * Options of every worker. A job whose worker died (crash, SIGKILL, lost machine) keeps its lock until
 * `lockDuration` and is noticed by the next stalled check: short values bring it back within ~20 s
 * instead of BullMQ's default ~60 s. Live workers renew the lock every lockDuration/2, so 15 s leaves
 * room for a busy event loop.
 */
export function workerOptions(options: { concurrency: number }): Partial<WorkerOptions> {
  return { concurrency: options.concurrency, lockDuration: 15000, stalledInterval: 5000, maxStalledCount: 3 };
}
