import { Inject, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { OnWorkerEvent, Processor } from '@nestjs/bullmq';
import { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { DelayedError, Job, UnrecoverableError } from 'bullmq';
import { PayloadOf, QueueName } from '@cercle/contracts';
import { LOGGER, Logger, MessageConsumer, OnMessage, Outbox, SERVICE_CONFIG, workerOptions, CLOCK, Clock } from '@cercle/platform';
import type { NotificationsConfig } from '../notifications.config';
import { DeliveryError } from '../providers';
import { DeliveryLog } from './delivery-log';
import { DeliverySender } from './delivery-sender';
import { reportDeliveryFailures } from './failure-report';
import { EmailGroupSender } from './email-group-sender';
import { purgeDeliveryLog } from '../personal-data/delivery-log-retention';

/**
 * Sends deliveries, retried by BullMQ on transient failures: one job per group of emails of a
 * notification, one per chat delivery (and per email resent by hand).
 */
@Injectable()
@Processor(QueueName.NotificationsDelivery, workerOptions({ concurrency: 20 }))
export class DeliveryConsumer extends MessageConsumer implements OnApplicationBootstrap {
  protected readonly queueName = QueueName.NotificationsDelivery;

  constructor(
    orm: MikroORM,
    @Inject(LOGGER) logger: Logger,
    @Inject(SERVICE_CONFIG) private readonly config: NotificationsConfig,
    private readonly sender: DeliverySender,
    private readonly emails: EmailGroupSender,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly outbox: Outbox,
  ) {
    super(orm, logger);
  }

  // @Processor options are fixed at class definition; the configured value is applied once the worker exists.
  onApplicationBootstrap(): void {
    this.worker.concurrency = this.config.WORKER_CONCURRENCY;
  }

  /**
   * A provider that said when to come back (429 with Retry-After or X-RateLimit-Reset) is asked again
   * then, not on the contract's backoff, which could be sooner and hit the limit again. Waits do not
   * spend the job's attempts; after many of them the error goes the ordinary way, so a server that
   * rate-limits for ever still ends in `failed`.
   */
  override async process(job: Job, token?: string) {
    try {
      return await super.process(job);
    } catch (error) {
      const wait = error instanceof DeliveryError && !error.permanent ? error.retryAfterMs : undefined;
      const maxWaits = 3 * (job.opts.attempts ?? 1);
      if (wait === undefined || !token || job.attemptsStarted > maxWaits) throw error;
      await job.moveToDelayed(Date.now() + Math.max(wait, 100), token);
      throw new DelayedError();
    }
  }

  /** Not transactional: the effect leaves the database; the delivery row is the idempotency record. */
  @OnMessage('delivery.due', { transactional: false })
  async onDeliveryDue(payload: PayloadOf<'delivery.due'>, em: EntityManager) {
    return this.sender.deliver(em, payload.deliveryId);
  }

  /** Not transactional either: each row of the group is its own idempotency record. */
  @OnMessage('deliveries.due', { transactional: false })
  async onDeliveriesDue(payload: PayloadOf<'deliveries.due'>, em: EntityManager) {
    return this.emails.deliver(em, payload.deliveryIds);
  }

  /** The daily tick of the delivery log's retention (a job scheduler); the purge is idempotent. */
  @OnMessage('delivery-log.retention-due', { transactional: false })
  async onRetentionDue(_payload: PayloadOf<'delivery-log.retention-due'>, em: EntityManager) {
    const purged = await purgeDeliveryLog(em, this.config.DELIVERY_RETENTION_DAYS, this.clock.now());
    this.logger.info({ purged, retentionDays: this.config.DELIVERY_RETENTION_DAYS }, 'delivery log retention applied');
    return purged;
  }

  /** When the last retry of a transient failure is spent, the row becomes `failed` where organisers look. */
  @OnWorkerEvent('failed')
  async onDeliveryGaveUp(job: Job | undefined, error: Error): Promise<void> {
    const exhausted = job && job.attemptsMade >= (job.opts.attempts ?? 1) && !(error instanceof UnrecoverableError);
    const payload = (job?.data as { payload?: { deliveryId?: unknown; deliveryIds?: unknown } } | undefined)?.payload;
    const deliveryId = payload?.deliveryId;
    const group = Array.isArray(payload?.deliveryIds) ? (payload.deliveryIds as string[]) : null;
    if (!exhausted || (typeof deliveryId !== 'string' && !group)) return;
    const reason = `Gave up after ${job.attemptsMade} attempts: ${error.message}`;
    try {
      const em = this.orm.em.fork() as EntityManager;
      const log = new DeliveryLog(em);
      if (typeof deliveryId === 'string') await log.markFailed(deliveryId, reason, null, false);
      // A group's rows that were sent or settled meanwhile stay as they are; only those still pending fail.
      else if (group) await log.failPending(group, reason);
      // A group holds one notification, so one of its rows names the occurrence whose failures are counted.
      const counted = typeof deliveryId === 'string' ? deliveryId : group?.[0];
      if (counted) await reportDeliveryFailures(em, this.outbox, counted, this.clock.now());
    } catch (markError) {
      this.logger.error({ err: markError, deliveryId, deliveryIds: group }, 'could not mark an exhausted delivery as failed');
    }
  }
}
