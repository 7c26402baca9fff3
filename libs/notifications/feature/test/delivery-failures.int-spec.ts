import { randomUUID } from 'node:crypto';
import { getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import { QueueName, type PayloadOf } from '@cercle/contracts';
import { waitFor } from '@cercle/testing';
import { notificationRequest, NotificationsHarness, seedCommunity } from './notifications-harness';

// Deliveries retry with contracts' backoff (exponential from 2 s): these tests wait for it.
jest.setTimeout(60_000);

describe('notifications: failures, retries and resending', () => {
  const harness = new NotificationsHarness();

  beforeAll(() => harness.start('notif_failures'));
  afterAll(() => harness.stop());

  it('delivers an email deferred by the server (451) once, after a retry', async () => {
    const { communityId, members } = await seedCommunity(harness, [{ name: 'Jade' }], { channel: false });
    harness.mail.rejectNext(1, { code: 451 });
    const request = notificationRequest(communityId);
    await harness.feed('notification.requested', request);
    const [row] = await harness.settled(request.notificationId, 1);
    expect(row).toMatchObject({ status: 'sent', attempts: 2 });
    expect(harness.mail.messages({ to: members[0].email })).toHaveLength(1);
  });

  it('sends the rest of a group once while one email of it is deferred, then that one after a retry', async () => {
    const { communityId, members } = await seedCommunity(
      harness,
      ['Lina', 'Marc', 'Nour', 'Oscar', 'Paule', 'Quentin'].map((name) => ({ name })),
      { channel: false },
    );
    harness.mail.rejectNext(1, { code: 451 });
    const request = notificationRequest(communityId);
    await harness.feed('notification.requested', request);
    const rows = await harness.settled(request.notificationId, members.length);
    expect(rows.every((r) => r.status === 'sent')).toBe(true);
    expect(rows.map((r) => r.attempts).sort()).toEqual([1, 1, 1, 1, 1, 2]);
    for (const m of members) expect(harness.mail.messages({ to: m.email })).toHaveLength(1);
  });

  it('fails only the email of a group refused for good (550), the others are sent once', async () => {
    const { communityId, members } = await seedCommunity(
      harness,
      ['Rose', 'Samir', 'Timo', 'Ursule'].map((name) => ({ name })),
      { channel: false },
    );
    harness.mail.rejectNext(1, { code: 550, message: 'Mailbox unavailable' });
    const request = notificationRequest(communityId);
    await harness.feed('notification.requested', request);
    const rows = await harness.settled(request.notificationId, members.length);
    expect(rows.map((r) => r.status).sort()).toEqual(['failed', 'sent', 'sent', 'sent']);
    const failed = rows.find((r) => r.status === 'failed')!;
    for (const m of members) expect(harness.mail.messages({ to: m.email })).toHaveLength(m.email === failed.address ? 0 : 1);
  });

  it('marks an email refused for good (550) as failed, lists it, and resends it on request', async () => {
    const { communityId, members } = await seedCommunity(harness, [{ name: 'Karim' }], { channel: false });
    harness.mail.rejectNext(1, { code: 550, message: 'Mailbox unavailable' });
    const request = notificationRequest(communityId);
    await harness.feed('notification.requested', request);
    const [row] = await harness.settled(request.notificationId, 1);
    expect(row).toMatchObject({ status: 'failed', attempts: 1 });
    expect(row.provider_answer).toContain('Mailbox unavailable');
    expect(harness.mail.messages({ to: members[0].email })).toHaveLength(0);

    const failed = await harness.http('GET', `/deliveries?status=failed&notificationId=${request.notificationId}`);
    expect(failed.status).toBe(200);
    expect(failed.body).toMatchObject({ total: 1, items: [{ id: row.id, status: 'failed', channel: 'email' }] });

    const byOccurrence = await harness.http('GET', `/deliveries?status=failed&occurrenceId=${request.occurrence.occurrenceId}`);
    expect(byOccurrence.body).toMatchObject({ total: 1, items: [{ id: row.id }] });
    expect((await harness.http('GET', `/deliveries?status=failed&occurrenceId=${randomUUID()}`)).body.total).toBe(0);

    const resent = await harness.http('POST', `/deliveries/${row.id}/resend`);
    expect(resent.status).toBe(202);
    const [after] = await harness.settled(request.notificationId, 1);
    expect(after).toMatchObject({ status: 'sent', attempts: 2 });
    expect(harness.mail.messages({ to: members[0].email })).toHaveLength(1);
    expect((await harness.http('POST', `/deliveries/${row.id}/resend`)).status).toBe(409);
  });

  it('tells events how many deliveries about the occurrence stand failed, after a refusal and after a resend', async () => {
    const { communityId } = await seedCommunity(harness, [{ name: 'Ines' }], { channel: false });
    const counts = async (occurrenceId: string): Promise<number[]> => {
      const jobs = await harness.app.get<Queue>(getQueueToken(QueueName.Events)).getJobs(['waiting', 'delayed', 'prioritized']);
      return jobs
        .map((job) => job.data.payload as PayloadOf<'occurrence.deliveries-failed'>)
        .filter((payload) => payload?.occurrenceId === occurrenceId && typeof payload.failed === 'number')
        .sort((a, b) => a.countedAt.localeCompare(b.countedAt))
        .map((payload) => payload.failed);
    };
    harness.mail.rejectNext(1, { code: 550, message: 'Mailbox unavailable' });
    const request = notificationRequest(communityId);
    await harness.feed('notification.requested', request);
    const [row] = await harness.settled(request.notificationId, 1);
    expect(row.status).toBe('failed');
    const occurrenceId = request.occurrence.occurrenceId;
    await waitFor(async () => (await counts(occurrenceId)).length === 1, { description: 'the failure count to reach the events queue' });
    expect(await counts(occurrenceId)).toEqual([1]);

    expect((await harness.http('POST', `/deliveries/${row.id}/resend`)).status).toBe(202);
    await waitFor(async () => (await counts(occurrenceId)).length === 2, { description: 'the count after the resend' });
    expect(await counts(occurrenceId)).toEqual([1, 0]);
  });

  it('posts in the channel once after Mattermost rate-limited it twice (429)', async () => {
    const { communityId } = await seedCommunity(harness, [{ name: 'Lea' }]);
    harness.mattermost.failNext(2, { status: 429, retryAfterSeconds: 1 });
    const request = notificationRequest(communityId, {
      emails: false,
      channelPost: true,
      occurrence: { ...notificationRequest(communityId).occurrence, title: 'Groupe de partage 429' },
    });
    await harness.feed('notification.requested', request);
    const [row] = await harness.settled(request.notificationId, 1);
    expect(row).toMatchObject({ status: 'sent', attempts: 3 });
    expect(
      harness.mattermost.posts({ channelId: harness.channelId }).filter((p) => p.message.includes('Groupe de partage 429')),
    ).toHaveLength(1);
  });

  it('refuses the log to anyone without an organiser token', async () => {
    const response = await fetch(`${harness.url}/deliveries?status=failed`);
    expect(response.status).toBe(401);
  });
});
