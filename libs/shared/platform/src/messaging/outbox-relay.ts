import { BeforeApplicationShutdown, Inject, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { getQueueToken } from '@nestjs/bullmq';
import { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Queue } from 'bullmq';
import { jobPolicyFor, MessageName } from '@cercle/contracts';
import { SERVICE_CONFIG, ServiceConfig } from '../config/service-config';
import { LOGGER, Logger } from '../logging/logger';
import { outboxSignal } from './outbox-signal';

interface OutboxRow {
  id: string;
  message_id: string;
  queue: string;
  name: string;
  version: number;
  payload: unknown;
  job_id: string | null;
  available_at: Date;
  created_at: Date;
}

const BATCH = 1000;
/**
 * Dispatched rows are kept as long as BullMQ keeps completed jobs (job-options.ts), then deleted: their
 * payloads carry names and addresses (docs/personal-data.md), and nothing reads them once sent.
 */
const KEEP_DISPATCHED_DAYS = 7;
const PURGE_EVERY_MS = 60 * 60 * 1000;

/**
 * Moves committed outbox rows onto their BullMQ queues. Rows are claimed with FOR UPDATE SKIP LOCKED,
 * so any number of replicas can relay side by side; a row is marked dispatched only after BullMQ took
 * the job. A crash in between re-sends the row under the same job id: BullMQ de-duplicates it while the
 * job is kept, and consumers record message ids, so nothing is lost and nothing is applied twice.
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private again = false;
  private stopped = false;
  private purgedAt = 0;
  private readonly onSignal = () => this.kick();

  constructor(
    private readonly orm: MikroORM,
    private readonly moduleRef: ModuleRef,
    @Inject(SERVICE_CONFIG) private readonly config: ServiceConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  onApplicationBootstrap(): void {
    outboxSignal.on('committed', this.onSignal);
    this.schedule(0);
  }

  /** Stops before MikroORM closes its pool (that happens in onApplicationShutdown). */
  async beforeApplicationShutdown(): Promise<void> {
    this.stopped = true;
    outboxSignal.off('committed', this.onSignal);
    if (this.timer) clearTimeout(this.timer);
    await this.running;
  }

  /** Asks for a flush as soon as possible; concurrent kicks coalesce into one more pass. */
  kick(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.schedule(0);
  }

  private schedule(ms: number): void {
    if (this.stopped) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.loop(), ms);
  }

  private async loop(): Promise<void> {
    if (this.running || this.stopped) return;
    this.running = (async () => {
      try {
        do {
          this.again = false;
          while ((await this.flushBatch()) === BATCH && !this.stopped);
        } while (this.again && !this.stopped);
        // Each replica purges at most hourly; deleting what another already deleted costs nothing.
        if (Date.now() - this.purgedAt > PURGE_EVERY_MS && !this.stopped) {
          this.purgedAt = Date.now();
          await this.purgeDispatched();
        }
      } catch (error) {
        this.logger.error({ err: error }, 'outbox relay pass failed; will retry');
      }
    })();
    await this.running;
    this.running = null;
    this.schedule(this.config.OUTBOX_POLL_MS);
  }

  /** Dispatches up to BATCH pending rows; returns how many it dispatched. */
  async flushBatch(): Promise<number> {
    const em = this.orm.em.fork() as EntityManager;
    const knex = em.getKnex();
    const schema = this.orm.config.get('schema') as string;
    return knex.transaction(async (trx) => {
      const rows: OutboxRow[] = await trx
        .withSchema(schema)
        .select('*')
        .from('outbox_message')
        .whereNull('dispatched_at')
        .orderBy('created_at')
        .limit(BATCH)
        .forUpdate()
        .skipLocked();
      if (rows.length === 0) return 0;
      const byQueue = new Map<string, OutboxRow[]>();
      for (const row of rows) byQueue.set(row.queue, [...(byQueue.get(row.queue) ?? []), row]);
      const now = Date.now();
      for (const [queueName, queueRows] of byQueue) {
        await this.queue(queueName).addBulk(queueRows.map((row) => this.toJob(row, now)));
      }
      await trx
        .withSchema(schema)
        .table('outbox_message')
        .whereIn(
          'id',
          rows.map((r) => r.id),
        )
        .update({ dispatched_at: new Date() });
      return rows.length;
    });
  }

  /** Deletes rows dispatched more than KEEP_DISPATCHED_DAYS ago; returns how many. */
  async purgeDispatched(now = new Date()): Promise<number> {
    const em = this.orm.em.fork() as EntityManager;
    const schema = this.orm.config.get('schema') as string;
    const before = new Date(now.getTime() - KEEP_DISPATCHED_DAYS * 24 * 60 * 60 * 1000);
    const deleted: number = await em.getKnex().withSchema(schema).table('outbox_message').where('dispatched_at', '<', before).delete();
    if (deleted) this.logger.info({ deleted }, 'dispatched outbox rows purged');
    return deleted;
  }

  private toJob(row: OutboxRow, now: number) {
    const policy = jobPolicyFor(row.name as MessageName);
    return {
      name: row.name,
      data: {
        messageId: row.message_id,
        name: row.name,
        version: row.version,
        occurredAt: new Date(row.created_at).toISOString(),
        payload: row.payload,
      },
      opts: {
        jobId: row.job_id ?? row.message_id,
        delay: Math.max(0, new Date(row.available_at).getTime() - now),
        attempts: policy.attempts,
        backoff: policy.backoff,
        removeOnComplete: policy.keepCompleted,
        removeOnFail: policy.keepFailed,
      },
    };
  }

  private queue(name: string): Queue {
    return this.moduleRef.get<Queue>(getQueueToken(name), { strict: false });
  }
}
