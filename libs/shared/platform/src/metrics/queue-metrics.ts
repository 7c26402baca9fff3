import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { getQueueToken } from '@nestjs/bullmq';
import { EntityManager } from '@mikro-orm/postgresql';
import type { Queue } from 'bullmq';
import { Gauge, type Registry } from 'prom-client';
import type { QueueName } from '@cercle/contracts';
import { METRICS } from './metrics-registry';
import { SERVICE_QUEUES } from './service-queues';

const JOB_STATES = ['waiting', 'active', 'delayed', 'failed', 'completed', 'prioritized'] as const;

/**
 * Gauges read when Prometheus scrapes, not counted as things happen: the jobs of each of the service's
 * queues by state, and how old the oldest message still waiting in the outbox is. Both come from shared
 * stores (the queue backend, the database), so every replica reports the same truth.
 */
@Injectable()
export class QueueMetrics implements OnModuleInit {
  constructor(
    @Inject(METRICS) private readonly registry: Registry,
    @Inject(SERVICE_QUEUES) private readonly queues: QueueName[],
    private readonly moduleRef: ModuleRef,
    private readonly em: EntityManager,
  ) {}

  onModuleInit(): void {
    const queues = this.queues.map((name) => ({ name, queue: this.moduleRef.get<Queue>(getQueueToken(name), { strict: false }) }));
    new Gauge({
      name: 'cercle_queue_jobs',
      help: 'Jobs in each queue by state, at scrape time',
      labelNames: ['queue', 'state'],
      registers: [this.registry],
      async collect() {
        this.reset();
        for (const { name, queue } of queues) {
          const counts = await queue.getJobCounts(...JOB_STATES);
          for (const state of JOB_STATES) this.set({ queue: name, state }, counts[state] ?? 0);
        }
      },
    });
    const em = this.em;
    const schema = this.em.config.get('schema') as string;
    new Gauge({
      name: 'cercle_outbox_lag_seconds',
      help: 'Age of the oldest outbox message not yet handed to the queues (0 when none waits)',
      registers: [this.registry],
      async collect() {
        const row = (await em
          .fork()
          .getKnex()
          .withSchema(schema)
          .table('outbox_message')
          .whereNull('dispatched_at')
          .first(em.getKnex().raw('extract(epoch from now() - min(created_at)) as lag'))) as { lag: string | null } | undefined;
        this.set(Math.max(0, Number(row?.lag ?? 0)));
      },
    });
  }
}
