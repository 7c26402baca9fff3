import { randomUUID } from 'node:crypto';
import type { Job } from 'bullmq';
import { MessageName, QueueName } from '@cercle/contracts';
import { OutboxMessage } from '@cercle/platform';
import { createTestDatabase, testRedisUrl, uniquePrefix, waitFor } from '@cercle/testing';
import { MembershipTestApp, startMembershipApp } from './membership-test-app';

jest.setTimeout(60_000);

/** An organiser exports or erases a member: membership's part at once, the others' as their answers arrive. */
describe('membership: a member’s personal data', () => {
  let membership: MembershipTestApp;
  const auth = async () => ({ Authorization: `Bearer ${await membership.organiser()}` });

  /** The messages membership published to a queue about one member, once its outbox is empty. */
  async function published(queue: QueueName, name: MessageName, memberId: string): Promise<Job[]> {
    await waitFor(async () => (await membership.em().count(OutboxMessage, { dispatchedAt: null })) === 0, {
      description: "membership's outbox to be relayed",
    });
    const jobs = await membership.queue(queue).getJobs(['waiting', 'delayed', 'prioritized', 'active', 'completed', 'failed']);
    return jobs.filter((job) => job.name === name && job.data.payload.memberId === memberId);
  }

  /** Waits until an answer fed to membership's inbox has been applied. */
  async function answer(...args: Parameters<MembershipTestApp['deliver']>) {
    await membership.processed(await membership.deliver(...args));
  }

  beforeAll(async () => {
    membership = await startMembershipApp({
      databaseUrl: await createTestDatabase('membership_pd'),
      redisUrl: testRedisUrl(),
      queuePrefix: uniquePrefix('membership-pd'),
    });
  });

  afterAll(async () => {
    await membership?.app.close();
  });

  it('exports membership’s part at once, asks events and notifications for theirs, and completes with them', async () => {
    const { communityId, memberIds } = await membership.community(['Alice', 'Bob']);
    const [alice] = memberIds;
    const { occurrenceId } = await membership.occurrence(communityId);
    await membership
      .http()
      .post(membership.link(alice, occurrenceId))
      .set('Accept', 'application/json')
      .send({ answer: 'yes' })
      .expect(201);

    const requested = await membership
      .http()
      .post(`/members/${alice}/export`)
      .set(await auth())
      .expect(202);
    expect(requested.body).toMatchObject({ status: 'collecting', parts: { membership: true, events: false, notifications: false } });
    const { exportId } = requested.body;
    for (const queue of [QueueName.Events, QueueName.Notifications]) {
      expect((await published(queue, 'member.export-requested', alice)).map((j) => j.data.payload)).toEqual([
        { exportId, memberId: alice, communityId },
      ]);
    }

    await answer('member.export-part', { exportId, memberId: alice, service: 'events', data: { topicProposals: [{ title: 'Le DSFR' }] } });
    const half = await membership
      .http()
      .get(`/members/${alice}/export`)
      .set(await auth())
      .expect(200);
    expect(half.body).toMatchObject({ exportId, status: 'collecting', parts: { membership: true, events: true, notifications: false } });

    await answer('member.export-part', { exportId, memberId: alice, service: 'notifications', data: { deliveries: [] } });
    const complete = await membership
      .http()
      .get(`/members/${alice}/export`)
      .set(await auth())
      .expect(200);
    expect(complete.body).toMatchObject({
      status: 'complete',
      member: { id: alice, name: 'Alice', active: true },
      membership: { registrations: [{ occurrenceId, answer: 'yes', status: 'confirmed', occurrenceTitle: 'Rencontres ALLiaNCE' }] },
      events: { topicProposals: [{ title: 'Le DSFR' }] },
      notifications: { deliveries: [] },
    });
  });

  it('erases a member: anonymised here and in the copies, answers kept for the counts, the report filled by each service, once', async () => {
    const { communityId, memberIds } = await membership.community(['Alice', 'Bob']);
    const [alice] = memberIds;
    const { occurrenceId } = await membership.occurrence(communityId);
    await membership
      .http()
      .post(membership.link(alice, occurrenceId))
      .set('Accept', 'application/json')
      .send({ answer: 'yes' })
      .expect(201);

    const erased = await membership
      .http()
      .post(`/members/${alice}/erase`)
      .set(await auth())
      .expect(202);
    expect(erased.body).toMatchObject({
      status: 'erasing',
      parts: { membership: { counts: { member: 1, registrationsKept: 1 } }, events: null, notifications: null },
    });
    const members = (
      await membership
        .http()
        .get(`/communities/${communityId}/members`)
        .set(await auth())
        .expect(200)
    ).body;
    const row = members.find((m: { id: string }) => m.id === alice);
    expect(row).toMatchObject({ name: 'Membre effacé', mattermostUsername: null, active: false, erasedAt: expect.any(String) });
    expect(row.email).not.toContain('example.org');
    expect(JSON.stringify(members)).toContain('Bob');

    for (const queue of [QueueName.Events, QueueName.Notifications]) {
      const [changed] = (await published(queue, 'member.changed', alice)).filter((j) => !j.data.payload.active).map((j) => j.data.payload);
      expect(changed).toMatchObject({ name: 'Membre effacé', email: row.email, mattermostUsername: null, active: false });
      const erasures = (await published(queue, 'member.erased', alice)).map((j) => j.data.payload);
      expect(erasures).toEqual([
        { erasureId: erased.body.erasureId, memberId: alice, communityId, anonymisedName: 'Membre effacé', anonymisedEmail: row.email },
      ]);
    }
    const list = (
      await membership
        .http()
        .get(`/registrations/${occurrenceId}`)
        .set(await auth())
        .expect(200)
    ).body;
    expect(list.counts).toMatchObject({ yes: 1, confirmed: 1 });
    // An erased member's link no longer opens.
    await membership.http().get(membership.link(alice, occurrenceId)).expect(404);

    const { erasureId } = erased.body;
    const guideless = randomUUID();
    await answer('member.erasure-done', {
      erasureId,
      memberId: alice,
      service: 'events',
      counts: { topicProposals: 1, guideRolesFreed: 1 },
      guideFreedOn: [guideless],
    });
    await answer('member.erasure-done', {
      erasureId,
      memberId: alice,
      service: 'notifications',
      counts: { recipientCopy: 1 },
      guideFreedOn: [],
    });
    const report = (
      await membership
        .http()
        .get(`/members/${alice}/erase`)
        .set(await auth())
        .expect(200)
    ).body;
    expect(report).toMatchObject({
      erasureId,
      status: 'complete',
      guideFreedOn: [guideless],
      parts: { events: { counts: { topicProposals: 1, guideRolesFreed: 1 } }, notifications: { counts: { recipientCopy: 1 } } },
    });

    const again = await membership
      .http()
      .post(`/members/${alice}/erase`)
      .set(await auth())
      .expect(200);
    expect(again.body).toMatchObject({ erasureId, status: 'complete' });
    expect(await published(QueueName.Events, 'member.erased', alice)).toHaveLength(1);
  });

  it('answers 404 for the export or erasure of a member nobody asked about', async () => {
    const { memberIds } = await membership.community(['Chloe']);
    const noExport = await membership
      .http()
      .get(`/members/${memberIds[0]}/export`)
      .set(await auth())
      .expect(404);
    expect(noExport.body).toMatchObject({
      code: 'export-not-found',
      message: expect.stringContaining(`POST /members/${memberIds[0]}/export`),
    });
    const noErasure = await membership
      .http()
      .get(`/members/${memberIds[0]}/erase`)
      .set(await auth())
      .expect(404);
    expect(noErasure.body).toMatchObject({ code: 'erasure-not-found' });
  });
});
