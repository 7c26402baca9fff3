import { Controller, Get, Inject, ServiceUnavailableException } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { getQueueToken } from '@nestjs/bullmq';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { EntityManager } from '@mikro-orm/postgresql';
import type { Queue } from 'bullmq';
import { HEALTH_QUEUE } from './health-queue';

function timeout(ms: number): Promise<never> {
  return new Promise((_, reject) => setTimeout(() => reject(new Error(`timeout after ${ms / 1000}s`)), ms).unref());
}

/**
 * Liveness (`/health/live`: the process answers; restart it when this fails) apart from readiness
 * (`/health/ready`, and `/health` as before: the database and the queue backend answer; send it no
 * traffic while this fails, but do not restart it for an outage of PostgreSQL or Redis).
 */
@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly em: EntityManager,
    private readonly moduleRef: ModuleRef,
    @Inject(HEALTH_QUEUE) private readonly queueName: string,
  ) {}

  @Get('live')
  @ApiOperation({ summary: 'Liveness: the process runs and answers' })
  live() {
    return { status: 'ok' };
  }

  @Get('ready')
  @ApiOperation({ summary: 'Readiness: checks the database and the queue backend' })
  ready() {
    return this.check();
  }

  @Get()
  @ApiOperation({ summary: 'Readiness, as /health/ready (kept for the launcher and existing probes)' })
  async check() {
    const checks: Record<string, string> = {};
    try {
      // Queries wait out a database restart (orm-options' pool); readiness must say "down" meanwhile.
      await Promise.race([this.em.fork().getConnection().execute('select 1'), timeout(2000)]);
      checks.database = 'ok';
    } catch (error) {
      checks.database = `down: ${(error as Error).message}`;
    }
    try {
      const queue = this.moduleRef.get<Queue>(getQueueToken(this.queueName), { strict: false });
      await Promise.race([queue.getJobCounts('waiting'), timeout(2000)]);
      checks.queues = 'ok';
    } catch (error) {
      checks.queues = `down: ${(error as Error).message}`;
    }
    const healthy = Object.values(checks).every((v) => v === 'ok');
    if (!healthy) throw new ServiceUnavailableException({ status: 'down', ...checks });
    return { status: 'ok', ...checks };
  }
}
