import { randomUUID } from 'node:crypto';
import request from 'supertest';
import type { Job } from 'bullmq';
import { PayloadOf } from '@cercle/contracts';
import { KnownToken, OutboxMessage } from '@cercle/platform';
import { createTestDatabase, testRedisUrl, uniquePrefix, waitFor } from '@cercle/testing';
import { CommunityRef } from '../src/entities/community-ref.entity';
import { MemberRef } from '../src/entities/member-ref.entity';
import { EventsTestApp, startEventsApp } from './events-test-app';

/** Attendance is open month by month: someone who joins while registration is open gets the announcement. */
describe('events welcomes a member who joins while an occurrence is open', () => {
  let events: EventsTestApp;
  let token: string;
  let occurrenceId: string;
  const communityId = randomUUID();
  const year = new Date().getUTCFullYear() + 1;
  const http = () => request(events.app.getHttpServer());
  const member = (memberId: string, name: string, active = true): PayloadOf<'member.changed'> => ({
    memberId,
    communityId,
    name,
    email: `${memberId}@example.org`,
    language: 'fr',
    mattermostUsername: null,
    active,
  });
  const announcementsTo = async (memberId: string): Promise<Job[]> =>
    (await events.notificationJobs()).filter(
      (job) => job.data.payload.kind === 'announcement' && job.data.payload.audience.memberIds?.includes(memberId),
    );
  /** Read in the outbox, written in the inbox's transaction: no waiting for the relay to tell "none" from "not yet". */
  const outboxAnnouncementsTo = async (memberId: string): Promise<number> =>
    (await events.em().find(OutboxMessage, { name: 'notification.requested' })).filter((m) => {
      const payload = m.payload as PayloadOf<'notification.requested'>;
      return payload.kind === 'announcement' && payload.audience.type === 'members' && payload.audience.memberIds.includes(memberId);
    }).length;

  beforeAll(async () => {
    events = await startEventsApp({
      databaseUrl: await createTestDatabase('events_welcome'),
      redisUrl: testRedisUrl(),
      queuePrefix: uniquePrefix('events-wm'),
    });
    token = await events.issueToken(communityId);
    await events.deliver('community.changed', { communityId, name: 'EIG', mattermostChannelId: null, defaultLanguage: 'fr' });
    await waitFor(async () => (await events.em().count(CommunityRef, { id: communityId })) && (await events.em().count(KnownToken, {})), {
      description: 'the token and the community',
    });
    const res = await http()
      .post('/series')
      .set('Authorization', `Bearer ${token}`)
      .send({
        communityId,
        title: 'Groupe',
        formatId: 'peer-group',
        recurrence: { rrule: 'FREQ=MONTHLY;BYDAY=1TU', firstDate: `${year}-03-01`, startTime: '12:30' },
      })
      .expect(201);
    occurrenceId = res.body.occurrence.id;
  });

  afterAll(async () => {
    await events?.app.close();
  });

  it('asks nothing for someone who joins before any occurrence is open', async () => {
    const early = randomUUID();
    await events.deliver('member.changed', member(early, 'Avant'));
    await waitFor(async () => (await events.em().count(MemberRef, { id: early })) === 1, { description: 'the member copy' });
    expect(await outboxAnnouncementsTo(early)).toBe(0);
  });

  it('leaves to the community announcement someone who joined before it, even if events hears of them after', async () => {
    const before = new Date(Date.now() - 60_000);
    await http().post(`/occurrences/${occurrenceId}/advance`).set('Authorization', `Bearer ${token}`).expect(200);
    const member1 = randomUUID();
    await events.deliver('member.changed', member(member1, 'Déjà là'), before);
    await waitFor(async () => (await events.em().count(MemberRef, { id: member1 })) === 1, { description: 'the member copy' });
    expect(await outboxAnnouncementsTo(member1)).toBe(0);
  });

  it('sends the open announcement, with a registration link, to a newcomer, once', async () => {
    const newcomer = randomUUID();
    await events.deliver('member.changed', member(newcomer, 'Nouvelle'));
    const [job] = await waitFor(
      async () => {
        const jobs = await announcementsTo(newcomer);
        return jobs.length > 0 && jobs;
      },
      { description: 'the announcement to the newcomer' },
    );
    expect(job.data.payload).toMatchObject({
      audience: { type: 'members', memberIds: [newcomer] },
      emails: true,
      channelPost: false,
      links: { register: true },
      occurrence: { occurrenceId },
    });

    // Editing their name (already active) tells them nothing new.
    await events.deliver('member.changed', member(newcomer, 'Nouvelle Nom'));
    await waitFor(async () => (await events.em().findOne(MemberRef, { id: newcomer }))?.name === 'Nouvelle Nom', {
      description: 'the edit',
    });
    expect(await outboxAnnouncementsTo(newcomer)).toBe(1);
  });

  it('tells a guest of no other occurrence, and tells them as a newcomer once an organiser makes them a member', async () => {
    const guest = randomUUID();
    await events.deliver('member.changed', { ...member(guest, 'Invitée'), guest: true });
    await waitFor(async () => (await events.em().findOne(MemberRef, { id: guest }))?.guest === true, { description: 'the guest copy' });
    expect(await outboxAnnouncementsTo(guest)).toBe(0);

    await events.deliver('member.changed', { ...member(guest, 'Invitée'), guest: false });
    await waitFor(async () => (await events.em().findOne(MemberRef, { id: guest }))?.guest === false, { description: 'the member copy' });
    expect(await outboxAnnouncementsTo(guest)).toBe(1);
  });
});
