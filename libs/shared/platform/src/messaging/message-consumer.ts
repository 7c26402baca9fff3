import { BeforeApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { OnWorkerEvent, WorkerHost } from '@nestjs/bullmq';
import { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Job, UnrecoverableError } from 'bullmq';
import { MalformedMessageError, messagesForQueue, parseMessage, QueueName } from '@cercle/contracts';
import type { Logger } from '../logging/logger';
import { handlersOf } from './on-message';

export type ConsumeOutcome = 'processed' | 'duplicate';

/**
 * Base of every queue consumer: validate the message against its contract, fork the entity manager
 * (a job gets its own identity map; no HTTP middleware runs here), apply it once, and let errors that
 * deserve a retry propagate so BullMQ retries with backoff. A malformed message fails at once with the
 * reason and never reaches a handler or crashes the worker.
 */
export abstract class MessageConsumer extends WorkerHost implements OnModuleInit, BeforeApplicationShutdown {
  protected abstract readonly queueName: QueueName;

  constructor(
    protected readonly orm: MikroORM,
    protected readonly logger: Logger,
  ) {
    super();
  }

  /** Start-up check: this consumer handles exactly the messages its queue receives, no more, no less. */
  onModuleInit(): void {
    const expected = messagesForQueue(this.queueName).sort();
    const declared = [...handlersOf(this).keys()].sort();
    const missing = expected.filter((n) => !declared.includes(n));
    const extra = declared.filter((n) => !expected.includes(n as never));
    if (missing.length || extra.length) {
      throw new Error(
        `${this.constructor.name} on queue ${this.queueName}: missing handlers [${missing.join(', ')}], unexpected [${extra.join(', ')}]`,
      );
    }
  }

  /**
   * Graceful shutdown: stop taking jobs and let the ones in flight finish while the database is still
   * open (@nestjs/bullmq would close workers in the same phase as MikroORM closes its pool).
   */
  async beforeApplicationShutdown(): Promise<void> {
    await this.worker?.close();
  }

  async process(job: Job): Promise<ConsumeOutcome> {
    let message: ReturnType<typeof parseMessage>;
    try {
      message = parseMessage(job.data);
    } catch (error) {
      if (error instanceof MalformedMessageError) throw new UnrecoverableError(error.message);
      throw error;
    }
    const entry = handlersOf(this).get(message.name);
    if (!entry) throw new UnrecoverableError(`No handler for ${message.name} on queue ${this.queueName}`);
    const handler = (this as unknown as Record<string, (...args: unknown[]) => Promise<unknown>>)[entry.method].bind(this);
    const em = this.orm.em.fork() as EntityManager;
    if (!entry.options.transactional) {
      await handler(message.payload, em, message);
      return 'processed';
    }
    const schema = this.orm.config.get('schema') as string;
    return em.transactional(async (tem) => {
      const inserted = await tem
        .getConnection()
        .execute(
          `insert into "${schema}"."processed_message" ("message_id", "queue", "name", "processed_at") values (?, ?, ?, now()) on conflict do nothing returning "message_id"`,
          [message.messageId, this.queueName, message.name],
          'all',
          tem.getTransactionContext(),
        );
      if (inserted.length === 0) return 'duplicate' as const;
      await handler(message.payload, tem, message);
      return 'processed' as const;
    });
  }

  /** After the last attempt the failure is recorded where an operator looks: the log, with the reason. */
  @OnWorkerEvent('failed')
  onFailed(job: Job | undefined, error: Error): void {
    const final = !job || job.attemptsMade >= (job.opts.attempts ?? 1) || error instanceof UnrecoverableError;
    this.logger[final ? 'error' : 'warn'](
      { queue: this.queueName, jobId: job?.id, name: job?.name, attempt: job?.attemptsMade, reason: error.message },
      final ? 'message failed for good' : 'message failed; will retry',
    );
  }
}
