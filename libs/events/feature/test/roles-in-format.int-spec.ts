import { randomUUID } from 'node:crypto';
import request from 'supertest';
import type { Job } from 'bullmq';
import { KnownToken } from '@cercle/platform';
import { createTestDatabase, testRedisUrl, uniquePrefix, waitFor } from '@cercle/testing';
import { CommunityRef } from '../src/entities/community-ref.entity';
import { MemberRef } from '../src/entities/member-ref.entity';
import { Series } from '../src/entities/series.entity';
import { EventsTestApp, startEventsApp } from './events-test-app';

describe('roles the format does not have', () => {
  let events: EventsTestApp;
  let token: string;
  let occurrenceId: string;
  const communityId = randomUUID();
  const [guide, host] = [randomUUID(), randomUUID()];
  const year = new Date().getUTCFullYear() + 1;
  const http = () => request(events.app.getHttpServer());
  const auth = () => ({ Authorization: `Bearer ${token}` });

  beforeAll(async () => {
    events = await startEventsApp({
      databaseUrl: await createTestDatabase('events_roles_format'),
      redisUrl: testRedisUrl(),
      queuePrefix: uniquePrefix('events-roles-format'),
    });
    token = await events.issueToken(communityId);
    await events.deliver('community.changed', { communityId, name: 'ALLiaNCE', mattermostChannelId: null, defaultLanguage: 'fr' });
    for (const [memberId, name] of [
      [guide, 'Gaëlle'],
      [host, 'Hector'],
    ] as const) {
      await events.deliver('member.changed', {
        memberId,
        communityId,
        name,
        email: `${memberId}@example.org`,
        language: 'fr',
        mattermostUsername: null,
        active: true,
      });
    }
    await waitFor(
      async () =>
        (await events.em().count(CommunityRef, { id: communityId })) &&
        (await events.em().count(KnownToken, {})) &&
        (await events.em().count(MemberRef, {})) === 2,
      {
        description: 'the token, the community and the members to reach the events inbox',
      },
    );
    const res = await http()
      .post('/series')
      .set(auth())
      .send({
        communityId,
        title: 'Forum ouvert',
        formatId: 'open-forum',
        recurrence: { rrule: 'FREQ=MONTHLY;BYDAY=3TH', firstDate: `${year}-03-01`, startTime: '09:30' },
      })
      .expect(201);
    occurrenceId = res.body.occurrence.id;
  });

  afterAll(async () => {
    await events?.app.close();
  });

  it('refuses a guide at an open forum with 422 naming the role and the format’s roles, and tells nobody', async () => {
    const res = await http()
      .put(`/occurrences/${occurrenceId}/roles`)
      .set(auth())
      .send({ guideMemberId: guide, contributorMemberIds: [host] })
      .expect(422);
    expect(res.body).toMatchObject({
      code: 'role-not-in-format',
      message: expect.stringContaining('no guide role'),
      details: { role: 'guide', memberId: guide, formatRoles: ['participant', 'contributor', 'scribe'] },
    });
    expect(res.body.message).toContain('Gaëlle');
    expect((await http().get(`/occurrences/${occurrenceId}/roles`).set(auth()).expect(200)).body).toMatchObject({
      guide: null,
      contributors: [],
    });

    // The roles it has are accepted, and only they are told.
    await http()
      .put(`/occurrences/${occurrenceId}/roles`)
      .set(auth())
      .send({ guideMemberId: null, contributorMemberIds: [host] })
      .expect(200);
    const told = await waitFor(
      async () => {
        const jobs: Job[] = await events.notificationJobs();
        const assigned = jobs.map((job) => job.data.payload).filter((p) => p.kind === 'roleAssigned');
        return assigned.length > 0 && assigned;
      },
      { description: 'the contributor to be told' },
    );
    expect(told.flatMap((p: { audience: { memberIds?: string[] } }) => p.audience.memberIds ?? [])).toEqual([host]);
  });

  it('refuses a guide for the first occurrence of a new open-forum series, and creates nothing', async () => {
    const res = await http()
      .post('/series')
      .set(auth())
      .send({
        communityId,
        title: 'Forum guidé',
        formatId: 'open-forum',
        guideMemberId: guide,
        recurrence: { rrule: 'FREQ=MONTHLY;BYDAY=3TH', firstDate: `${year}-03-01`, startTime: '09:30' },
      })
      .expect(422);
    expect(res.body).toMatchObject({ code: 'role-not-in-format', details: { role: 'guide', memberId: guide } });
    expect(await events.em().count(Series, { title: 'Forum guidé' })).toBe(0);
  });

  it('refuses a guide for the next session too, and proposes none when the proposal is accepted', async () => {
    const res = await http()
      .post(`/occurrences/${occurrenceId}/next-roles`)
      .set(auth())
      .send({ guideMemberId: guide, contributorMemberIds: [] })
      .expect(422);
    expect(res.body).toMatchObject({ code: 'role-not-in-format', details: { role: 'guide' } });
    expect((await http().get(`/occurrences/${occurrenceId}/rotation-proposal`).set(auth()).expect(200)).body.guide).toBeNull();
    const accepted = await http().post(`/occurrences/${occurrenceId}/next-roles`).set(auth()).send({ acceptProposal: true }).expect(200);
    expect(accepted.body.guideMemberId).toBeNull();
  });
});
