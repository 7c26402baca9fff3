import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { QueueName } from '@cercle/contracts';
import { KnownToken, OutboxMessage } from '@cercle/platform';
import { createTestDatabase, testRedisUrl, uniquePrefix, waitFor } from '@cercle/testing';
import { CommunityRef } from '../../../events/feature/src/entities/community-ref.entity';
import { EventsTestApp, startEventsApp } from '../../../events/feature/test/events-test-app';
import { MembershipTestApp, startMembershipApp } from './membership-test-app';

interface AuditBody {
  total: number;
  entries: Array<{
    at: string;
    organiser: { id: string; name: string; tokenId: string };
    service: string;
    action: string;
    params: Record<string, string>;
    status: number;
  }>;
}

/**
 * The audit log across services: membership and events run side by side on the same queues, so what
 * events records travels to membership's inbox as in production, and membership's organisers and tokens
 * reach events the same way.
 */
describe('audit log of organiser writes', () => {
  let membership: MembershipTestApp;
  let events: EventsTestApp;

  const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
  const audit = async (communityId: string, token: string, query = '') =>
    (await membership.http().get(`/communities/${communityId}/audit${query}`).set(bearer(token)).expect(200)).body as AuditBody;
  /** Waits until every service's outbox is relayed and membership's inbox has nothing left to do. */
  const settled = () =>
    waitFor(
      async () => {
        const pending =
          (await membership.em().count(OutboxMessage, { dispatchedAt: null })) +
          (await events.em().count(OutboxMessage, { dispatchedAt: null }));
        const counts = await membership.queue(QueueName.Membership).getJobCounts('waiting', 'active', 'delayed', 'prioritized');
        return pending === 0 && Object.values(counts).every((n) => n === 0);
      },
      { description: 'outboxes relayed and the membership inbox idle' },
    );
  const newOrganiser = async (name: string) =>
    (await membership.http().post('/organisers').set(bearer(membership.config.ADMIN_TOKEN)).send({ name }).expect(201)).body as {
      organiserId: string;
      token: string;
    };

  beforeAll(async () => {
    const queuePrefix = uniquePrefix('audit');
    membership = await startMembershipApp({
      databaseUrl: await createTestDatabase('membership_audit'),
      redisUrl: testRedisUrl(),
      queuePrefix,
    });
    events = await startEventsApp({ databaseUrl: await createTestDatabase('events_audit'), redisUrl: testRedisUrl(), queuePrefix });
  });

  afterAll(async () => {
    await events?.app.close();
    await membership?.app.close();
  });

  it("records a community's successful writes with who, what and the answer, and neither its reads nor its refused writes", async () => {
    const camille = await newOrganiser('Camille');
    const community = (
      await membership
        .http()
        .post('/communities')
        .set(bearer(camille.token))
        .send({ name: `Audit ${randomUUID().slice(0, 8)}` })
        .expect(201)
    ).body;
    const members = `/communities/${community.id}/members`;
    const member = () => ({ members: [{ name: 'Alice', email: `a-${randomUUID().slice(0, 8)}@example.org` }] });
    await membership.http().post(members).set(bearer(camille.token)).send(member()).expect(201);
    await membership.http().get(members).set(bearer(camille.token)).expect(200);
    await membership
      .http()
      .post(members)
      .set(bearer(camille.token))
      .send({ members: [{ name: '', email: 'not-an-address' }] })
      .expect(400);
    await membership.http().post(members).set(bearer(camille.token)).send(member()).expect(201);

    await waitFor(async () => (await audit(community.id, camille.token)).total >= 2, { description: 'two audit entries' });
    await settled();
    const { entries, total } = await audit(community.id, camille.token);
    const { tokenId } = (await membership.em().findOneOrFail(KnownToken, { organiserId: camille.organiserId }))!;
    // The community's creation acts in no community yet (POST /communities): it is not in this list.
    expect(total).toBe(2);
    expect(entries).toEqual(
      [1, 2].map(() => ({
        at: expect.any(String),
        organiser: { id: camille.organiserId, name: 'Camille', tokenId },
        service: 'membership',
        action: 'POST /communities/:communityId/members',
        params: { communityId: community.id },
        // The answer lists the members added: no one thing was created.
        resourceId: null,
        status: 201,
      })),
    );
    expect(entries[0].at >= entries[1].at).toBe(true);

    const second = await audit(community.id, camille.token, '?limit=1&offset=1');
    expect(second).toMatchObject({ total: 2, entries: [entries[1]] });
    await membership.http().get(`/communities/${community.id}/audit?limit=0`).set(bearer(camille.token)).expect(400);
    await membership.http().get(`/communities/${community.id}/audit?offset=-1`).set(bearer(camille.token)).expect(400);

    // Another community's organiser cannot tell this community exists.
    const other = await newOrganiser('Dominique');
    await membership.http().get(`/communities/${community.id}/audit`).set(bearer(other.token)).expect(404);
  });

  it('records a write served by events in the audit of its community, and of no other', async () => {
    const sacha = await newOrganiser('Sacha');
    const create = async () =>
      (
        await membership
          .http()
          .post('/communities')
          .set(bearer(sacha.token))
          .send({ name: `Audit ${randomUUID().slice(0, 8)}` })
          .expect(201)
      ).body.id as string;
    const [written, untouched] = [await create(), await create()];
    // Events learns the token, the community and who organises it from membership's messages.
    await waitFor(
      async () =>
        (await events.em().count(KnownToken, { organiserId: sacha.organiserId })) &&
        (await events.em().count(CommunityRef, { id: written })),
      {
        description: "Sacha's token and community to reach events",
      },
    );
    const year = new Date().getUTCFullYear() + 1;
    const created = await request(events.app.getHttpServer())
      .post('/series')
      .set(bearer(sacha.token))
      .send({
        communityId: written,
        title: 'Groupe de partage',
        formatId: 'peer-group',
        recurrence: { rrule: 'FREQ=MONTHLY;BYDAY=3TH', firstDate: `${year}-03-01`, startTime: '19:00' },
        location: 'Paris',
      })
      .expect(201);

    const { entries } = await waitFor(async () => (await audit(written, sacha.token)).total >= 1 && audit(written, sacha.token), {
      description: "the events write in the community's audit",
    });
    expect(entries).toEqual([
      expect.objectContaining({
        service: 'events',
        action: 'POST /series',
        params: {},
        resourceId: created.body.series.id,
        status: 201,
        organiser: expect.objectContaining({ id: sacha.organiserId }),
      }),
    ]);
    await settled();
    expect((await audit(untouched, sacha.token)).total).toBe(0);
  });
});
