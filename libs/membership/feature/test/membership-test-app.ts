import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { INestApplication, Module } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { getQueueToken } from '@nestjs/bullmq';
import { EntityManager } from '@mikro-orm/postgresql';
import type { Job, Queue } from 'bullmq';
import request from 'supertest';
import { LinkPurpose, MessageName, messageCatalog, PayloadOf, QueueName } from '@cercle/contracts';
import { createLogger, migrateDatabase, ormOptions, OutboxMessage, PlatformModule } from '@cercle/platform';
import { signLink } from '@cercle/signed-links';
import { waitFor } from '@cercle/testing';
import { MembershipFeatureModule, membershipConfigSchema, membershipService } from '../src';

const ADMIN_TOKEN = 'a'.repeat(32);

/**
 * Boots the membership service in-process for integration tests: migrations on a fresh database, the
 * feature module on the platform, listening on a free port (the browser test opens real links). No
 * consumer runs on the events queue here, so what membership publishes stays there for the test to read.
 */
export async function startMembershipApp(options: {
  databaseUrl: string;
  redisUrl: string;
  queuePrefix: string;
  env?: Record<string, string>;
}) {
  const config = membershipConfigSchema.parse({
    DATABASE_URL: options.databaseUrl,
    REDIS_URL: options.redisUrl,
    LINK_SECRET: 's'.repeat(40),
    ADMIN_TOKEN,
    LOG_LEVEL: 'silent',
    OUTBOX_POLL_MS: 200,
    QUEUE_PREFIX: options.queuePrefix,
    ...options.env,
  });
  const definition = membershipService(config);
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
        logger: createLogger('membership', (process.env.CERCLE_TEST_LOG_LEVEL as 'silent') ?? 'silent'),
      }),
      MembershipFeatureModule,
    ],
  })
  class MembershipTestModule {}

  const moduleRef = await Test.createTestingModule({ imports: [MembershipTestModule] }).compile();
  const app: INestApplication = moduleRef.createNestApplication({ logger: false });
  app.enableShutdownHooks();
  await app.listen(0, '127.0.0.1');
  const queue = (name: QueueName) => app.get<Queue>(getQueueToken(name));
  const http = () => request(app.getHttpServer());
  let organiserToken: string | null = null;

  const harness = {
    app,
    config,
    http,
    baseUrl: (await app.getUrl()).replace('[::1]', '127.0.0.1'),
    em: () => app.get(EntityManager).fork(),
    queue,
    /** An organiser API token, created with the ADMIN_TOKEN like an installer would. */
    async organiser(): Promise<string> {
      organiserToken ??= (
        await http().post('/organisers').set('Authorization', `Bearer ${ADMIN_TOKEN}`).send({ name: 'Camille' }).expect(201)
      ).body.token as string;
      return organiserToken;
    },
    /** Another organiser, created with the ADMIN_TOKEN: their id and first API token. */
    async newOrganiser(name: string, email?: string): Promise<{ organiserId: string; token: string }> {
      const created = await http().post('/organisers').set('Authorization', `Bearer ${ADMIN_TOKEN}`).send({ name, email }).expect(201);
      return { organiserId: created.body.organiserId, token: created.body.token };
    },
    /** A community with the given members (names), through the organiser API. */
    async community(names: string[], language: 'fr' | 'en' = 'fr'): Promise<{ communityId: string; memberIds: string[] }> {
      const auth = { Authorization: `Bearer ${await harness.organiser()}` };
      const community = await http()
        .post('/communities')
        .set(auth)
        .send({ name: `Communauté ${randomUUID().slice(0, 8)}`, defaultLanguage: language })
        .expect(201);
      const members = await http()
        .post(`/communities/${community.body.id}/members`)
        .set(auth)
        .send({ members: names.map((name, i) => ({ name, email: `m${i}-${randomUUID().slice(0, 8)}@example.org` })) })
        .expect(201);
      return { communityId: community.body.id, memberIds: members.body.members.map((m: { id: string }) => m.id) };
    },
    /** Sends a message the way events' relay would: an envelope on the membership queue. */
    async deliver<N extends MessageName>(name: N, payload: PayloadOf<N>, occurredAt = new Date()) {
      const data = { messageId: randomUUID(), name, version: messageCatalog[name].version, occurredAt: occurredAt.toISOString(), payload };
      return queue(QueueName.Membership).add(name, data, { jobId: data.messageId });
    },
    /** Waits until the membership inbox has finished a message; fails with its reason if it failed. */
    async processed(job: Job): Promise<void> {
      await waitFor(
        async () => {
          const current = await queue(QueueName.Membership).getJob(job.id!);
          if (current?.failedReason) throw new Error(current.failedReason);
          return current?.finishedOn;
        },
        { description: `message ${job.name} to be processed` },
      );
    },
    /** Tells membership about an occurrence (as events does) and waits until its copy has it. */
    async occurrence(communityId: string, changes: Partial<PayloadOf<'occurrence.changed'>> & { occurrenceId?: string } = {}) {
      const payload: PayloadOf<'occurrence.changed'> = {
        occurrenceId: randomUUID(),
        seriesId: randomUUID(),
        communityId,
        title: 'Rencontres ALLiaNCE',
        startsAt: '2027-03-18T09:00:00.000Z',
        endsAt: '2027-03-18T17:00:00.000Z',
        timeZone: 'Europe/Paris',
        status: 'announced',
        registrationOpen: true,
        capacity: null,
        ...changes,
      };
      const job = await harness.deliver('occurrence.changed', payload);
      await harness.processed(job);
      return payload;
    },
    /** The signed registration link a member receives in the announcement. */
    link(memberId: string, occurrenceId: string): string {
      const token = signLink(config.LINK_SECRET, {
        purpose: LinkPurpose.Register,
        memberId,
        subjectId: occurrenceId,
        exp: Math.floor(Date.now() / 1000) + 3600,
      });
      return `/r/${token}`;
    },
    /**
     * The messages membership published to events for one occurrence, once its outbox is empty, oldest
     * first (messages written in one transaction have no defined order among themselves).
     */
    async published(occurrenceId: string, name: MessageName = 'registration.recorded'): Promise<Job[]> {
      return harness.publishedWhere(name, (payload) => 'occurrenceId' in payload && payload.occurrenceId === occurrenceId);
    },
    /** The messages of one name membership published to events whose payload matches, once its outbox is empty, oldest first. */
    async publishedWhere<N extends MessageName>(name: N, matches: (payload: PayloadOf<N>) => boolean): Promise<Job[]> {
      await waitFor(async () => (await harness.em().count(OutboxMessage, { dispatchedAt: null })) === 0, {
        description: "membership's outbox to be relayed",
      });
      const jobs = await queue(QueueName.Events).getJobs(['waiting', 'delayed', 'prioritized', 'active', 'completed', 'failed']);
      return jobs
        .filter((job) => job.name === name && matches(job.data.payload))
        .sort((a, b) => a.data.occurredAt.localeCompare(b.data.occurredAt) || a.timestamp - b.timestamp);
    },
  };
  return harness;
}

export type MembershipTestApp = Awaited<ReturnType<typeof startMembershipApp>>;
