import { randomUUID } from 'node:crypto';
import { getQueueToken } from '@nestjs/bullmq';
import type { Job, Queue } from 'bullmq';
import { MessageName, messageCatalog, PayloadOf, QueueName } from '@cercle/contracts';
import { waitFor } from '@cercle/testing';
import { notificationRequest, NotificationsHarness, seedCommunity } from './notifications-harness';
import { DELIVERY_LOG_RETENTION_SCHEDULER } from '../src/personal-data/delivery-log-retention';

jest.setTimeout(60_000);

/** Notifications' part of a member's export and erasure, and the delivery log's retention. */
describe('notifications: a member’s personal data', () => {
  const harness = new NotificationsHarness();
  const queue = (name: QueueName) => harness.app.get<Queue>(getQueueToken(name));
  const erased = (memberId: string, communityId: string): PayloadOf<'member.erased'> => ({
    erasureId: randomUUID(),
    memberId,
    communityId,
    anonymisedName: 'Membre effacé',
    anonymisedEmail: `erased-${memberId}@cercle.invalid`,
  });

  /** The answer notifications sent to membership for one request (export or erasure id). */
  async function answer<N extends MessageName>(name: N, id: string): Promise<PayloadOf<N>> {
    const job = await waitFor(
      async () =>
        (await queue(QueueName.Membership).getJobs(['waiting', 'completed', 'failed'])).find(
          (j: Job) => j.name === name && (j.data.payload.exportId ?? j.data.payload.erasureId) === id,
        ),
      { description: `${name} for ${id}` },
    );
    return job.data.payload;
  }

  beforeAll(() => harness.start('notif_personal', { mattermost: false }));
  afterAll(() => harness.stop());

  it('keeps a member erased when an older version of them arrives late (a retry), and takes a newer one', async () => {
    const { communityId, members } = await seedCommunity(harness, [{ name: 'Cleo' }], { channel: false });
    const [cleo] = members;
    const copy = async () =>
      (
        await harness.sql<{ name: string; email: string; active: boolean }>(
          `select name, email, active from notifications.recipient where member_id = ?`,
          [cleo.memberId],
        )
      )[0];
    const anonymised = {
      ...cleo,
      communityId,
      name: 'Membre effacé',
      email: `erased-${cleo.memberId}@cercle.invalid`,
      mattermostUsername: null,
      active: false,
    };
    await harness.feed('member.changed', anonymised, randomUUID(), { occurredAt: new Date() });
    await harness.feed('member.changed', { ...cleo, communityId, active: true }, randomUUID(), {
      occurredAt: new Date(Date.now() - 60_000),
    });
    expect(await copy()).toEqual({ name: 'Membre effacé', email: anonymised.email, active: false });
    await harness.feed('member.changed', { ...anonymised, name: 'Cléo', active: true }, randomUUID(), {
      occurredAt: new Date(Date.now() + 1000),
    });
    expect(await copy()).toMatchObject({ name: 'Cléo', active: true });
  });

  it('exports the member’s copy, choices and delivery log, then erases them so that nothing reaches them any more', async () => {
    const { communityId, members } = await seedCommunity(harness, [{ name: 'Ana' }, { name: 'Ben' }], { channel: false });
    const [ana, ben] = members;
    const first = notificationRequest(communityId);
    await harness.feed('notification.requested', first);
    await harness.settled(first.notificationId, 2);
    await harness.sql(
      `insert into "notifications"."member_preference" ("member_id", "channels", "unsubscribed_all", "unsubscribed_series", "updated_at") values (?, 'email', false, '{}', now())`,
      [ana.memberId],
    );

    const exportId = randomUUID();
    await harness.feed('member.export-requested', { exportId, memberId: ana.memberId, communityId });
    const part = await answer('member.export-part', exportId);
    expect(part.data).toMatchObject({
      recipientCopy: { memberId: ana.memberId, name: 'Ana', email: ana.email },
      preferences: { channels: 'email' },
      deliveries: [{ notificationId: first.notificationId, channel: 'email', address: ana.email, status: 'sent' }],
    });
    expect(JSON.stringify(part.data)).not.toContain(ben.email);

    const erasure = erased(ana.memberId, communityId);
    await harness.feed('member.erased', erasure);
    const done = await answer('member.erasure-done', erasure.erasureId);
    expect(done).toMatchObject({
      service: 'notifications',
      counts: { recipientCopy: 1, preferences: 1, deliveriesAnonymised: 1, deliveriesCancelled: 0 },
    });
    const [recipient] = await harness.sql(`select * from "notifications"."recipient" where "member_id" = ?`, [ana.memberId]);
    expect(recipient).toMatchObject({ name: 'Membre effacé', email: erasure.anonymisedEmail, mattermost_username: null, active: false });
    const logged = (await harness.deliveries(first.notificationId)).map((d) => [d.address, d.provider_answer === null]);
    expect(logged).toEqual(
      expect.arrayContaining([
        ['(erased)', true],
        [ben.email, false],
      ]),
    );

    // The next announcement reaches Ben only.
    const next = notificationRequest(communityId);
    await harness.feed('notification.requested', next);
    await harness.settled(next.notificationId, 1);
    expect((await harness.deliveries(next.notificationId)).map((d) => d.address)).toEqual([ben.email]);
    await waitFor(() => harness.mail.messages({ to: ben.email }).length === 2, { description: 'Ben’s second announcement' });
    expect(harness.mail.messages({ to: ana.email })).toHaveLength(1);

    const again = erased(ana.memberId, communityId);
    await harness.feed('member.erased', again);
    expect(Object.values((await answer('member.erasure-done', again.erasureId)).counts).every((n) => n === 0)).toBe(true);
  });

  it('forgets the addresses of deliveries older than the retention, keeps recent ones, and runs on a job scheduler', async () => {
    const { communityId } = await seedCommunity(harness, [{ name: 'Chloe' }], { channel: false });
    const request = notificationRequest(communityId);
    await harness.feed('notification.requested', request);
    await harness.settled(request.notificationId, 1);
    const insert = (daysAgo: number, address: string, status = 'sent') =>
      harness.sql(
        `insert into "notifications"."delivery" ("id", "notification_id", "kind", "channel", "member_id", "address", "status", "attempts", "last_error", "provider_answer", "created_at")
         values (?, ?, 'announcement', 'email', ?, ?, ?, 1, ?, ?, now() - make_interval(days => ?))`,
        [randomUUID(), request.notificationId, randomUUID(), address, status, `refused for ${address}`, `250 OK <${address}>`, daysAgo],
      );
    await insert(harness.config.DELIVERY_RETENTION_DAYS + 10, 'old@example.org');
    await insert(harness.config.DELIVERY_RETENTION_DAYS + 10, 'old-pending@example.org', 'pending');
    await insert(harness.config.DELIVERY_RETENTION_DAYS - 10, 'recent@example.org');

    const tick = async () => {
      const name = 'delivery-log.retention-due';
      const envelope = {
        messageId: randomUUID(),
        name,
        version: messageCatalog[name].version,
        occurredAt: new Date().toISOString(),
        payload: {},
      };
      const job = await queue(QueueName.NotificationsDelivery).add(name, envelope, { jobId: randomUUID() });
      const finished = await waitFor(
        async () => ((await queue(QueueName.NotificationsDelivery).getJob(job.id!))?.finishedOn ? job.id : undefined),
        { description: 'the retention tick' },
      );
      const result = await queue(QueueName.NotificationsDelivery).getJob(finished!);
      if (result?.failedReason) throw new Error(result.failedReason);
    };
    const addresses = async () =>
      (await harness.deliveries(request.notificationId)).map((d) => [d.address, d.provider_answer, d.last_error]);
    await tick();
    const purged = await addresses();
    expect(purged).toEqual(
      expect.arrayContaining([
        ['(purged)', null, null],
        ['old-pending@example.org', '250 OK <old-pending@example.org>', 'refused for old-pending@example.org'],
        ['recent@example.org', '250 OK <recent@example.org>', 'refused for recent@example.org'],
      ]),
    );
    expect(purged).toHaveLength(4);
    await tick();
    expect(await addresses()).toEqual(purged);

    const scheduler = await queue(QueueName.NotificationsDelivery).getJobScheduler(DELIVERY_LOG_RETENTION_SCHEDULER);
    expect(scheduler).toMatchObject({ name: 'delivery-log.retention-due', pattern: expect.any(String) });
  });
});
