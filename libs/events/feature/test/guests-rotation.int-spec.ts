import { randomUUID } from 'node:crypto';
import request from 'supertest';
import type { PayloadOf } from '@cercle/contracts';
import { KnownToken } from '@cercle/platform';
import { createTestDatabase, testRedisUrl, uniquePrefix, waitFor } from '@cercle/testing';
import { CommunityRef } from '../src/entities/community-ref.entity';
import { MemberRef } from '../src/entities/member-ref.entity';
import { EventsTestApp, startEventsApp } from './events-test-app';

/** A guest registered for one occurrence: rotation never proposes them as guide or contributor. */
describe('rotation leaves guests out', () => {
  let events: EventsTestApp;
  const communityId = randomUUID();
  const year = new Date().getUTCFullYear() + 1;
  const member = (memberId: string, name: string, guest: boolean): PayloadOf<'member.changed'> => ({
    memberId,
    communityId,
    name,
    email: `${memberId}@example.org`,
    language: 'fr',
    mattermostUsername: null,
    active: true,
    guest,
  });

  beforeAll(async () => {
    events = await startEventsApp({
      databaseUrl: await createTestDatabase('events_guests_rotation'),
      redisUrl: testRedisUrl(),
      queuePrefix: uniquePrefix('events-gr'),
    });
  });

  afterAll(async () => {
    await events?.app.close();
  });

  it('proposes only members for the next roles, however many places there are', async () => {
    const token = await events.issueToken(communityId);
    await events.deliver('community.changed', { communityId, name: 'EIG', mattermostChannelId: null, defaultLanguage: 'fr' });
    const ana = randomUUID();
    const guest = randomUUID();
    await events.deliver('member.changed', member(ana, 'Ana', false));
    await events.deliver('member.changed', member(guest, 'Invitée', true));
    await waitFor(
      async () =>
        (await events.em().count(CommunityRef, { id: communityId })) &&
        (await events.em().count(KnownToken, {})) &&
        (await events.em().count(MemberRef, {})) === 2,
      {
        description: 'the token, the community and both people',
      },
    );
    const auth = { Authorization: `Bearer ${token}` };
    const series = await request(events.app.getHttpServer())
      .post('/series')
      .set(auth)
      .send({
        communityId,
        title: 'Groupe',
        formatId: 'peer-group',
        recurrence: { rrule: 'FREQ=MONTHLY;BYDAY=3TH', firstDate: `${year}-03-01`, startTime: '19:00' },
      })
      .expect(201);

    const proposal = (
      await request(events.app.getHttpServer())
        .get(`/occurrences/${series.body.occurrence.id}/rotation-proposal?contributors=2`)
        .set(auth)
        .expect(200)
    ).body;
    const proposed = [proposal.guide?.memberId, ...proposal.contributors.map((c: { memberId: string }) => c.memberId)].filter(Boolean);
    expect(proposed).toEqual([ana]);
  });
});
