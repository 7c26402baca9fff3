import { Controller, Get, Inject, ServiceUnavailableException } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { getQueueToken } from '@nestjs/bullmq';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { EntityManager } from '@mikro-orm/postgresql';
import type { Queue } from 'bullmq';
import { HEALTH_QUEUE } from './health-queue';

/** Liveness that means something: the database answers and the queue backend answers. */
@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly em: EntityManager,
    private readonly moduleRef: ModuleRef,
    @Inject(HEALTH_QUEUE) private readonly queueName: string,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Checks the database and the queue backend' })
  async check() {
    const checks: Record<string, string> = {};
    try {
      await this.em.fork().getConnection().execute('select 1');
      checks.database = 'ok';
    } catch (error) {
      checks.database = `down: ${(error as Error).message}`;
    }
    try {
      const queue = this.moduleRef.get<Queue>(getQueueToken(this.queueName), { strict: false });
      await Promise.race([
        queue.getJobCounts('waiting'),
        new Promise((_, reject) => setTimeout(() => reject(new Error('timeout after 2s')), 2000)),
      ]);
      checks.queues = 'ok';
    } catch (error) {
      checks.queues = `down: ${(error as Error).message}`;
    }
    const healthy = Object.values(checks).every((v) => v === 'ok');
    if (!healthy) throw new ServiceUnavailableException({ status: 'down', ...checks });
    return { status: 'ok', ...checks };
  }
}
