import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { Injectable, Module } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { getQueueToken, Processor } from '@nestjs/bullmq';
import { MikroORM } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { Migration } from '@mikro-orm/migrations';
import type { Queue } from 'bullmq';
import { PayloadOf, QueueName } from '@cercle/contracts';
import {
  createLogger,
  MessageConsumer,
  messagingTablesSql,
  migrateDatabase,
  OnMessage,
  ormOptions,
  Outbox,
  OutboxRelay,
  PlatformModule,
  serviceConfigSchema,
} from '@cercle/platform';
import { createTestDatabase, testRedisUrl, uniquePrefix, waitFor } from '@cercle/testing';

class CreateMessagingTables extends Migration {
  async up(): Promise<void> {
    for (const sql of messagingTablesSql(this.config.get('schema') as string)) this.addSql(sql);
  }
}

const received: Array<{ name: string; payload: unknown }> = [];
const logger = createLogger('test', 'silent');

@Injectable()
@Processor(QueueName.Events, { concurrency: 5 })
class EventsInbox extends MessageConsumer {
  protected readonly queueName = QueueName.Events;
  constructor(orm: MikroORM) {
    super(orm, logger);
  }
  @OnMessage('community.changed')
  async onCommunity(payload: PayloadOf<'community.changed'>) {
    received.push({ name: 'community.changed', payload });
  }
  @OnMessage('community.organiser-changed')
  async onOrganiser(payload: PayloadOf<'community.organiser-changed'>) {
    received.push({ name: 'community.organiser-changed', payload });
  }

  @OnMessage('member.export-requested')
  async onExportRequested(payload: PayloadOf<'member.export-requested'>) {
    received.push({ name: 'member.export-requested', payload });
  }

  @OnMessage('member.erased')
  async onErased(payload: PayloadOf<'member.erased'>) {
    received.push({ name: 'member.erased', payload });
  }

  @OnMessage('organiser.token-issued')
  async onToken(payload: PayloadOf<'organiser.token-issued'>) {
    received.push({ name: 'organiser.token-issued', payload });
  }
  @OnMessage('registration.recorded')
  async onRegistration(payload: PayloadOf<'registration.recorded'>) {
    received.push({ name: 'registration.recorded', payload });
  }
  // The events queue receives member.changed since events keeps a copy of members.
  @OnMessage('member.changed')
  async onMember(payload: PayloadOf<'member.changed'>) {
    received.push({ name: 'member.changed', payload });
  }

  @OnMessage('occurrence.deliveries-failed')
  async onDeliveriesFailed(payload: PayloadOf<'occurrence.deliveries-failed'>) {
    received.push({ name: 'occurrence.deliveries-failed', payload });
  }
}

describe.each(['redis', 'postgres'] as const)('outbox, relay and consumer on %s', (backend) => {
  let app: Awaited<ReturnType<ReturnType<typeof Test.createTestingModule>['compile']>>;
  let queue: Queue;
  const schema = 'events';

  beforeAll(async () => {
    const databaseUrl = await createTestDatabase(`messaging_${backend}`);
    const config = serviceConfigSchema.parse({
      DATABASE_URL: databaseUrl,
      REDIS_URL: backend === 'redis' ? testRedisUrl() : undefined,
      LINK_SECRET: 'x'.repeat(40),
      LOG_LEVEL: 'silent',
      OUTBOX_POLL_MS: 200,
      QUEUE_PREFIX: uniquePrefix('messaging'),
    });
    const migrations = [{ name: 'CreateMessagingTables', class: CreateMessagingTables }];
    await migrateDatabase(ormOptions({ clientUrl: databaseUrl, schema, entities: [], migrations }));

    @Module({
      imports: [
        PlatformModule.forService({
          service: 'events',
          config,
          schema,
          entities: [],
          migrations,
          queues: [QueueName.Events, QueueName.Notifications],
          access: {},
          logger,
        }),
      ],
      providers: [EventsInbox],
    })
    class TestModule {}

    app = await Test.createTestingModule({ imports: [TestModule] }).compile();
    app.enableShutdownHooks();
    await app.init();
    queue = app.get<Queue>(getQueueToken(QueueName.Events));
  });

  afterAll(async () => {
    await app?.close();
  });

  beforeEach(() => received.splice(0));

  const community = (): PayloadOf<'community.changed'> => ({
    communityId: randomUUID(),
    name: 'ALLiaNCE',
    mattermostChannelId: null,
    defaultLanguage: 'fr',
  });

  it('delivers a message written in a committed transaction, once', async () => {
    const payload = community();
    const em = app.get(EntityManager).fork();
    await em.transactional(async (tem) => {
      app.get(Outbox).publish(tem, 'community.changed', payload);
    });
    await waitFor(() => received.find((r) => (r.payload as any).communityId === payload.communityId), {
      description: 'the message to be consumed',
    });
    // One row per receiving queue (events and notifications), both marked dispatched.
    const rows = await waitFor(
      async () => {
        const r = await em
          .getConnection()
          .execute(
            `select count(*)::int as n, count(dispatched_at)::int as d from "${schema}"."outbox_message" where payload->>'communityId' = ?`,
            [payload.communityId],
          );
        return r[0].d === r[0].n ? r : undefined;
      },
      { description: 'the outbox rows to be marked dispatched' },
    );
    expect(rows[0].n).toBe(2);
    const notifications = app.get<Queue>(getQueueToken(QueueName.Notifications));
    const waiting = await notifications.getJobs(['waiting', 'delayed', 'active', 'completed']);
    expect(waiting.filter((j) => j.data.payload.communityId === payload.communityId)).toHaveLength(1);
  });

  it('deletes dispatched rows once they are older than completed jobs are kept, and keeps the others', async () => {
    const [old, recent, pending] = [community(), community(), community()];
    const em = app.get(EntityManager).fork();
    await em.transactional(async (tem) => {
      for (const payload of [old, recent, pending]) app.get(Outbox).publish(tem, 'community.changed', payload);
    });
    await waitFor(() => received.filter((r) => [old, recent].some((p) => (r.payload as any).communityId === p.communityId)).length >= 2, {
      description: 'the messages to be consumed',
    });
    const rowsOf = async (payload: { communityId: string }) =>
      (
        await em
          .getConnection()
          .execute(`select count(*)::int as n from "${schema}"."outbox_message" where payload->>'communityId' = ?`, [payload.communityId])
      )[0].n;
    const age = async (payload: { communityId: string }, days: number | null) =>
      em
        .getConnection()
        .execute(
          `update "${schema}"."outbox_message" set dispatched_at = ${days === null ? 'null' : `now() - interval '${days} days'`} where payload->>'communityId' = ?`,
          [payload.communityId],
        );
    await age(old, 8);
    await age(recent, 6);
    await age(pending, null);
    expect(await app.get(OutboxRelay).purgeDispatched()).toBeGreaterThanOrEqual(2);
    expect([await rowsOf(old), await rowsOf(recent)]).toEqual([0, 2]);
    expect(await rowsOf(pending)).toBe(2);
  });

  it('sends nothing when the transaction rolls back', async () => {
    const payload = community();
    const em = app.get(EntityManager).fork();
    await expect(
      em.transactional(async (tem) => {
        app.get(Outbox).publish(tem, 'community.changed', payload);
        await tem.flush();
        throw new Error('use case failed');
      }),
    ).rejects.toThrow('use case failed');
    const sentinel = community();
    await em.transactional(async (tem) => {
      app.get(Outbox).publish(tem, 'community.changed', sentinel);
    });
    await waitFor(() => received.find((r) => (r.payload as any).communityId === sentinel.communityId), { description: 'the sentinel' });
    expect(received.filter((r) => (r.payload as any).communityId === payload.communityId)).toHaveLength(0);
  });

  it('applies a message delivered twice only once', async () => {
    const payload = community();
    const data = { messageId: randomUUID(), name: 'community.changed', version: 1, occurredAt: new Date().toISOString(), payload };
    // The same message under two job ids, as after a relay crash once its job was already removed.
    const first = await queue.add('community.changed', data, { jobId: `dup-a-${data.messageId}` });
    const second = await queue.add('community.changed', data, { jobId: `dup-b-${data.messageId}` });
    await waitFor(
      async () => ((await first.isCompleted()) && (await second.isCompleted()) ? true : (await queue.getJob(second.id!))?.finishedOn),
      {
        description: 'both jobs to finish',
      },
    );
    const returns = await Promise.all([queue.getJob(first.id!), queue.getJob(second.id!)]);
    expect(returns.map((j) => j?.returnvalue).sort()).toEqual(['duplicate', 'processed']);
    expect(received.filter((r) => (r.payload as any).communityId === payload.communityId)).toHaveLength(1);
  });

  it('fails a malformed message at once with the reason, and keeps consuming', async () => {
    const bad = await queue.add(
      'community.changed',
      {
        messageId: randomUUID(),
        name: 'community.changed',
        version: 1,
        occurredAt: new Date().toISOString(),
        payload: { communityId: 'not-a-uuid', name: 42 },
      },
      { attempts: 5 },
    );
    await waitFor(async () => (await queue.getJob(bad.id!))?.failedReason, { description: 'the malformed job to fail' });
    const failed = await queue.getJob(bad.id!);
    expect(failed?.failedReason).toMatch(/community\.changed payload communityId: .*uuid/i);
    expect(failed?.failedReason).toMatch(/name/);
    expect(failed?.attemptsMade).toBe(1);
    const payload = community();
    const em = app.get(EntityManager).fork();
    await em.transactional(async (tem) => {
      app.get(Outbox).publish(tem, 'community.changed', payload);
    });
    await waitFor(() => received.find((r) => (r.payload as any).communityId === payload.communityId), {
      description: 'a later good message',
    });
  });
});
