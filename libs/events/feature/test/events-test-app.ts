import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { INestApplication, Module } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { getQueueToken } from '@nestjs/bullmq';
import { EntityManager } from '@mikro-orm/postgresql';
import type { Job, Queue } from 'bullmq';
import { MessageName, messageCatalog, PayloadOf, QueueName } from '@cercle/contracts';
import { CommunityOrganiser, createLogger, hashApiToken, KnownToken, migrateDatabase, ormOptions, PlatformModule } from '@cercle/platform';
import { waitFor } from '@cercle/testing';
import { EventsFeatureModule, eventsConfigSchema, eventsService } from '../src';

/**
 * Boots the events service in-process for integration tests: migrations on a fresh database, the feature
 * module on the platform, and handles on every queue it touches. No consumer runs on the membership and
 * notifications queues here, so what events publishes stays there for the test to read.
 */
export async function startEventsApp(options: {
  databaseUrl: string;
  redisUrl: string;
  queuePrefix: string;
  env?: Record<string, string>;
}) {
  const config = eventsConfigSchema.parse({
    DATABASE_URL: options.databaseUrl,
    REDIS_URL: options.redisUrl,
    LINK_SECRET: 's'.repeat(40),
    LOG_LEVEL: 'silent',
    OUTBOX_POLL_MS: 200,
    QUEUE_PREFIX: options.queuePrefix,
    ...options.env,
  });
  const definition = eventsService(config);
  await migrateDatabase(
    ormOptions({
      clientUrl: config.DATABASE_URL,
      schema: definition.schema,
      entities: definition.entities,
      migrations: definition.migrations,
    }),
  );

  @Module({
    imports: [
      PlatformModule.forService({
        ...definition,
        logger: createLogger('events', (process.env.CERCLE_TEST_LOG_LEVEL as 'silent') ?? 'silent'),
      }),
      EventsFeatureModule,
    ],
  })
  class EventsTestModule {}

  const moduleRef = await Test.createTestingModule({ imports: [EventsTestModule] }).compile();
  const app: INestApplication = moduleRef.createNestApplication({ logger: false });
  app.enableShutdownHooks();
  await app.init();
  const queue = (name: QueueName) => app.get<Queue>(getQueueToken(name));
  return {
    app,
    config,
    em: () => app.get(EntityManager).fork(),
    queue,
    /** Sends a message the way membership's relay would: an envelope on the events queue. */
    async deliver<N extends MessageName>(name: N, payload: PayloadOf<N>, occurredAt = new Date()) {
      const data = { messageId: randomUUID(), name, version: messageCatalog[name].version, occurredAt: occurredAt.toISOString(), payload };
      return queue(QueueName.Events).add(name, data, { jobId: data.messageId });
    },
    /**
     * An organiser token events accepts, learnt through `organiser.token-issued` like in production, of
     * an organiser who owns the given communities (learnt through `community.organiser-changed`).
     */
    async issueToken(...communityIds: string[]): Promise<string> {
      const token = `crc_test_${randomUUID()}`;
      const organiserId = randomUUID();
      await this.deliver('organiser.token-issued', {
        tokenId: randomUUID(),
        organiserId,
        organiserName: 'Organisatrice',
        tokenHash: hashApiToken(token),
        revokedAt: null,
        name: 'test',
        readOnly: false,
        expiresAt: null,
      });
      for (const communityId of communityIds) {
        await this.deliver('community.organiser-changed', {
          communityId,
          organiserId,
          organiserName: 'Organisatrice',
          role: 'owner',
          active: true,
          revision: 1,
        });
      }
      await waitFor(
        async () =>
          (await this.em().count(KnownToken, { organiserId })) === 1 &&
          (await this.em().count(CommunityOrganiser, { organiserId })) === communityIds.length,
        { description: "the organiser's token and communities to reach events" },
      );
      return token;
    },
    /** The `notification.requested` jobs events published (the notifications queue carries `series.changed` too). */
    async notificationJobs(): Promise<Job[]> {
      return (await this.jobs(QueueName.Notifications)).filter((job) => job.name === 'notification.requested');
    },
    /** Every job on a queue nobody consumes here, oldest first. */
    async jobs(name: QueueName): Promise<Job[]> {
      const jobs = await queue(name).getJobs(['waiting', 'delayed', 'prioritized', 'active', 'completed', 'failed']);
      return jobs.sort((a, b) => a.timestamp - b.timestamp || String(a.id).localeCompare(String(b.id)));
    },
  };
}

export type EventsTestApp = Awaited<ReturnType<typeof startEventsApp>>;

/** The n-th given weekday (0 = Sunday) of a month, as YYYY-MM-DD, computed by plain arithmetic. */
export function nthWeekday(year: number, month: number, weekday: number, n: number): string {
  const firstWeekday = new Date(Date.UTC(year, month - 1, 1)).getUTCDay();
  const day = 1 + ((weekday - firstWeekday + 7) % 7) + (n - 1) * 7;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
