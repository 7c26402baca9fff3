import { Inject, Injectable } from '@nestjs/common';
import { InjectQueue } from '@nestjs/bullmq';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Queue } from 'bullmq';
import { lifecycleStepJobId, QueueName } from '@cercle/contracts';
import type { ScheduledStep, StepName } from '@cercle/events-domain';
import { LOGGER, Logger, Outbox } from '@cercle/platform';
import type { Occurrence } from '../entities/occurrence.entity';
import type { Series } from '../entities/series.entity';
import { scheduleHealthChecks } from '../health/health-jobs';

/** Jobs to take off the queue once the transaction that moved or stopped their steps has committed. */
export interface StaleJobs {
  occurrenceId: string;
  revision: number;
  steps: StepName[];
}

/**
 * The delayed `lifecycle.step-due` jobs of an occurrence. Scheduling goes through the outbox (committed with
 * the timeline or not at all); a move gives the steps a new revision, hence new job ids, and the old jobs are
 * removed after the commit. Removal is best effort: a job already running, or one that could not be removed,
 * finds its due time (or the cancelled status) changed when it runs and does nothing.
 */
@Injectable()
export class StepJobs {
  constructor(
    private readonly outbox: Outbox,
    @InjectQueue(QueueName.EventsLifecycle) private readonly queue: Queue,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  /** Schedules the steps, and the series' health checks at the moments they start to apply. */
  schedule(em: EntityManager, series: Series, occurrence: Occurrence, steps: readonly ScheduledStep[]): void {
    scheduleHealthChecks(this.outbox, em, series, occurrence);
    for (const { step, dueAt } of steps) {
      this.outbox.publish(
        em,
        'lifecycle.step-due',
        { occurrenceId: occurrence.id, step, dueAt: dueAt.toISOString() },
        { jobId: lifecycleStepJobId(occurrence.id, step, occurrence.scheduleRevision), availableAt: dueAt },
      );
    }
  }

  async remove(stale: StaleJobs | null): Promise<void> {
    if (!stale) return;
    for (const step of stale.steps) {
      const jobId = lifecycleStepJobId(stale.occurrenceId, step, stale.revision);
      try {
        await this.queue.remove(jobId);
      } catch (error) {
        this.logger.warn({ jobId, err: error }, 'could not remove a moved or stopped step job; it will do nothing when it runs');
      }
    }
  }
}
