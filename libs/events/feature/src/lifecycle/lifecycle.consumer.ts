import { Inject, Injectable } from '@nestjs/common';
import { Processor } from '@nestjs/bullmq';
import { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { UnrecoverableError } from 'bullmq';
import { PayloadOf, QueueName } from '@cercle/contracts';
import { LOGGER, Logger, MessageConsumer, OnMessage, workerOptions, UseCaseError } from '@cercle/platform';
import { HealthAlerts } from '../health/health-alerts';
import { LifecycleService } from './lifecycle.service';

/** Runs a step when its delayed job falls due; the step and the message id commit in one transaction. */
@Injectable()
@Processor(QueueName.EventsLifecycle, workerOptions({ concurrency: 10 }))
export class LifecycleConsumer extends MessageConsumer {
  protected readonly queueName = QueueName.EventsLifecycle;

  constructor(
    orm: MikroORM,
    @Inject(LOGGER) logger: Logger,
    private readonly lifecycle: LifecycleService,
    private readonly health: HealthAlerts,
  ) {
    super(orm, logger);
  }

  @OnMessage('lifecycle.step-due')
  async onStepDue(payload: PayloadOf<'lifecycle.step-due'>, em: EntityManager) {
    try {
      return await this.lifecycle.runStep(em, payload.occurrenceId, payload.step, payload.dueAt);
    } catch (error) {
      // An occurrence that does not exist will not appear on a retry.
      if (error instanceof UseCaseError && error.status === 404) throw new UnrecoverableError(error.message);
      throw error;
    }
  }

  @OnMessage('health.check-due')
  async onHealthCheckDue(payload: PayloadOf<'health.check-due'>, em: EntityManager) {
    return this.health.evaluate(em, payload.occurrenceId);
  }
}
