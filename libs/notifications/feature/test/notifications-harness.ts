import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { INestApplication, Module } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { getQueueToken } from '@nestjs/bullmq';
import { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Queue } from 'bullmq';
import { type ChatChoice, jobPolicyFor, MessageName, messageCatalog, PayloadOf, QueueName } from '@cercle/contracts';
import { createLogger, migrateDatabase, newApiToken, ormOptions, PlatformModule } from '@cercle/platform';
import { MailCatcher, MatrixDouble, MattermostDouble } from '@cercle/dev-servers';
import { createTestDatabase, testRedisUrl, uniquePrefix, waitFor } from '@cercle/testing';
import { NotificationsFeatureModule, notificationsConfigSchema, notificationsService } from '../src';

export { notificationRequest } from './notification-request';

export const LINK_SECRET = 'a-test-link-secret-of-forty-characters!!';
export const PUBLIC_URL = 'http://cercle.test';

/**
 * The notifications service as it runs, against real parts: a fresh PostgreSQL database, Redis
 * under a unique prefix, a real SMTP server and the Mattermost API double (and, with `matrix`, the
 * Matrix double). Tests feed it the way the other services do: envelopes added to the notifications queue.
 */
export class NotificationsHarness {
  readonly mail = new MailCatcher();
  readonly mattermost = new MattermostDouble();
  readonly matrix = new MatrixDouble();
  /** The Matrix bot and the community room it is in, when started with `matrix`. */
  matrixBot?: { userId: string; token: string };
  matrixRoomId?: string;
  app!: INestApplication;
  url!: string;
  apiToken!: string;
  /** The organiser behind apiToken: the owner of every community seedCommunity makes. */
  readonly organiserId = randomUUID();
  botId!: string;
  channelId!: string;
  private queue!: Queue;

  /** Every log line of the service when started with `captureLogs` (level debug). */
  readonly logLines: string[] = [];
  config!: ReturnType<typeof notificationsConfigSchema.parse>;

  async start(label: string, options: { mattermost?: boolean; matrix?: boolean; captureLogs?: boolean } = {}): Promise<void> {
    const [{ port: smtpPort }, { url: mattermostUrl }, databaseUrl, matrixUrl] = await Promise.all([
      this.mail.start(),
      this.mattermost.start(),
      createTestDatabase(label),
      options.matrix ? this.matrix.start().then((s) => s.url) : undefined,
    ]);
    if (matrixUrl) {
      this.matrixBot = this.matrix.addUser('cercle');
      this.matrixRoomId = this.matrix.addRoom({ name: 'ALLiaNCE', members: [this.matrixBot.userId] }).roomId;
    }
    const bot = this.mattermost.createBot('cercle-bot');
    this.botId = bot.user.id;
    this.channelId = this.mattermost.addChannel({ name: 'team-alliance', memberIds: [bot.user.id] }).id;
    const config = notificationsConfigSchema.parse({
      DATABASE_URL: databaseUrl,
      REDIS_URL: testRedisUrl(),
      QUEUE_PREFIX: uniquePrefix(label),
      LINK_SECRET,
      PUBLIC_URL,
      LOG_LEVEL: 'silent',
      OUTBOX_POLL_MS: 200,
      SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
      // Without these two, chat deliveries must be recorded as skipped.
      ...(options.mattermost === false ? {} : { MATTERMOST_URL: mattermostUrl, MATTERMOST_TOKEN: bot.token }),
      ...(matrixUrl ? { MATRIX_HOMESERVER_URL: matrixUrl, MATRIX_ACCESS_TOKEN: this.matrixBot?.token } : {}),
    });
    this.config = config;
    const definition = notificationsService(config);
    const logger = options.captureLogs
      ? createLogger('notifications', 'debug', { write: (line: string) => void this.logLines.push(line) })
      : createLogger('notifications', 'silent');
    await migrateDatabase(
      ormOptions({ clientUrl: databaseUrl, schema: definition.schema, entities: definition.entities, migrations: definition.migrations }),
    );

    @Module({ imports: [PlatformModule.forService({ ...definition, logger }), NotificationsFeatureModule] })
    class TestModule {}

    const moduleRef = await Test.createTestingModule({ imports: [TestModule] }).compile();
    this.app = moduleRef.createNestApplication({ logger: false });
    this.app.enableShutdownHooks();
    await this.app.listen(0, '127.0.0.1');
    this.url = await this.app.getUrl();
    this.queue = this.app.get<Queue>(getQueueToken(QueueName.Notifications));

    const { token, hash } = newApiToken();
    this.apiToken = token;
    await this.feed('organiser.token-issued', {
      tokenId: randomUUID(),
      organiserId: this.organiserId,
      organiserName: 'Camille',
      tokenHash: hash,
      revokedAt: null,
      name: 'test',
      readOnly: false,
      expiresAt: null,
    });
  }

  async stop(): Promise<void> {
    await this.app?.close();
    await Promise.all([this.mail.stop(), this.mattermost.stop(), this.matrix.stop()]);
  }

  /**
   * Adds one message to the notifications queue (a new job id each time) and waits for its outcome. With
   * `retries`, the job carries the message's retry policy as the relay would give it (a failure is retried).
   */
  async feed<N extends MessageName>(
    name: N,
    payload: PayloadOf<N>,
    messageId: string = randomUUID(),
    options: { retries?: boolean; occurredAt?: Date } = {},
  ): Promise<unknown> {
    const envelope = {
      messageId,
      name,
      version: messageCatalog[name].version,
      occurredAt: (options.occurredAt ?? new Date()).toISOString(),
      payload,
    };
    const policy = jobPolicyFor(name);
    const job = await this.queue.add(name, envelope, {
      jobId: randomUUID(),
      ...(options.retries ? { attempts: policy.attempts, backoff: policy.backoff } : {}),
    });
    const done = await waitFor(
      async () => {
        const current = await this.queue.getJob(job.id!);
        return current?.finishedOn ? current : undefined;
      },
      { description: `${name} to be consumed` },
    );
    // A job that succeeded on a retry keeps the reason of its earlier failure: only a failed job fails here.
    if (done.failedReason && (await done.isFailed())) throw new Error(`${name} failed: ${done.failedReason}`);
    return done.returnvalue;
  }

  async sql<T = Record<string, unknown>>(query: string, params: unknown[] = []): Promise<T[]> {
    const em = this.app.get(MikroORM).em.fork() as EntityManager;
    return (await em.getConnection().execute(query, params)) as T[];
  }

  async deliveries(notificationId: string): Promise<
    Array<{
      id: string;
      channel: string;
      status: string;
      attempts: number;
      address: string;
      last_error: string | null;
      provider_answer: string | null;
    }>
  > {
    return this.sql(`select * from "notifications"."delivery" where "notification_id" = ? order by "address"`, [notificationId]);
  }

  /** Waits until every delivery of a notification has left `pending`. */
  async settled(notificationId: string, count: number, timeoutMs = 30000) {
    return waitFor(
      async () => {
        const rows = await this.deliveries(notificationId);
        return rows.length === count && rows.every((r) => r.status !== 'pending') ? rows : undefined;
      },
      { description: `${count} deliveries of ${notificationId} to settle`, timeoutMs },
    );
  }

  async http(method: 'GET' | 'POST' | 'PUT' | 'DELETE', path: string, body?: unknown): Promise<{ status: number; body: any }> {
    const headers: Record<string, string> = { authorization: `Bearer ${this.apiToken}` };
    if (body !== undefined) headers['content-type'] = 'application/json';
    const response = await fetch(`${this.url}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    return { status: response.status, body: await response.json().catch(() => null) };
  }
}

/** One header of a raw message, unfolded (RFC 5322 folding joins lines with CRLF + whitespace). */
export function rawHeader(raw: Buffer, name: string): string | undefined {
  const head = raw
    .toString('utf8')
    .split(/\r\n\r\n/)[0]
    .replace(/\r\n[ \t]+/g, ' ');
  const line = head.split(/\r\n/).find((l) => l.toLowerCase().startsWith(`${name.toLowerCase()}:`));
  return line?.slice(name.length + 1).trim();
}

export interface TestMember {
  memberId: string;
  name: string;
  email: string;
  language: 'fr' | 'en';
  mattermostUsername: string | null;
  matrixUserId?: string | null;
}

/** A community with its channel and members, made known to notifications as membership would. */
export async function seedCommunity(
  harness: NotificationsHarness,
  members: Array<Partial<TestMember> & { name: string }>,
  options: { channel?: boolean; chat?: ChatChoice } = {},
): Promise<{ communityId: string; members: TestMember[] }> {
  const communityId = randomUUID();
  const tag = communityId.slice(0, 8);
  await harness.feed('community.changed', {
    communityId,
    name: 'ALLiaNCE',
    mattermostChannelId: options.channel === false ? null : harness.channelId,
    defaultLanguage: 'fr',
    ...(options.chat ? { chat: options.chat, matrixRoomId: options.channel === false ? null : (harness.matrixRoomId ?? null) } : {}),
  });
  await harness.feed('community.organiser-changed', {
    communityId,
    organiserId: harness.organiserId,
    organiserName: 'Camille',
    role: 'owner',
    active: true,
    revision: 1,
  });
  const seeded: TestMember[] = [];
  for (const m of members) {
    const member: TestMember = {
      memberId: randomUUID(),
      email: `${m.name.toLowerCase()}-${tag}@example.org`,
      language: 'fr',
      mattermostUsername: null,
      ...m,
    };
    if (member.mattermostUsername) harness.mattermost.addUser({ username: member.mattermostUsername });
    await harness.feed('member.changed', { ...member, communityId, active: true });
    seeded.push(member);
  }
  return { communityId, members: seeded };
}

/** A series of a community, made known to notifications as events would (`series.changed`). */
export async function seedSeries(harness: NotificationsHarness, communityId: string): Promise<string> {
  const seriesId = randomUUID();
  await harness.feed('series.changed', { seriesId, communityId, title: 'Groupe de partage' });
  return seriesId;
}
