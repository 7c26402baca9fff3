import { Inject, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { InjectQueue } from '@nestjs/bullmq';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Queue } from 'bullmq';
import { jobPolicyFor, messageCatalog, QueueName } from '@cercle/contracts';
import { LOGGER, Logger, SERVICE_CONFIG } from '@cercle/platform';
import { Delivery } from '../entities/delivery.entity';
import type { NotificationsConfig } from '../notifications.config';
import { PURGED_ADDRESS } from './forgotten-address';

const SCHEDULER_ID = 'delivery-log-retention';
/**
 * Every tick carries the same envelope (a scheduler repeats one template). Its handler is not
 * transactional, so the fixed id is never recorded as processed; the purge is its own idempotency.
 */
const TICK_MESSAGE_ID = '7d0c6c1e-5b1f-4a43-9a8e-3f2f3d0c9a11';

/**
 * Forgets the addresses and provider answers (which quote addresses) of deliveries older than the
 * retention; the rows stay for the counts. Rows still pending are left alone: they may yet be sent.
 */
export async function purgeDeliveryLog(em: EntityManager, retentionDays: number, now: Date): Promise<number> {
  const before = new Date(now.getTime() - retentionDays * 24 * 3600 * 1000);
  return em.nativeUpdate(
    Delivery,
    { createdAt: { $lt: before }, status: { $ne: 'pending' }, address: { $ne: PURGED_ADDRESS } },
    { address: PURGED_ADDRESS, providerAnswer: null, lastError: null },
  );
}

/**
 * Registers the daily purge as a BullMQ job scheduler on the delivery queue: every replica upserts the
 * same scheduler id, so there is one schedule whatever the number of replicas, and no timer in memory.
 */
@Injectable()
export class DeliveryLogRetention implements OnApplicationBootstrap {
  constructor(
    @InjectQueue(QueueName.NotificationsDelivery) private readonly queue: Queue,
    @Inject(SERVICE_CONFIG) private readonly config: NotificationsConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const name = 'delivery-log.retention-due';
    const data = {
      messageId: TICK_MESSAGE_ID,
      name,
      version: messageCatalog[name].version,
      occurredAt: new Date(0).toISOString(),
      payload: {},
    };
    const policy = jobPolicyFor(name);
    await this.queue.upsertJobScheduler(
      SCHEDULER_ID,
      { pattern: '17 3 * * *', tz: 'UTC' },
      {
        name,
        data,
        opts: {
          attempts: policy.attempts,
          backoff: policy.backoff,
          removeOnComplete: policy.keepCompleted,
          removeOnFail: policy.keepFailed,
        },
      },
    );
    this.logger.info({ retentionDays: this.config.DELIVERY_RETENTION_DAYS }, 'delivery log retention scheduled daily');
  }
}

export { SCHEDULER_ID as DELIVERY_LOG_RETENTION_SCHEDULER };
