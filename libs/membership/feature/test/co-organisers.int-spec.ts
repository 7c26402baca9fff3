import { randomUUID } from 'node:crypto';
import type { CommunityRole } from '@cercle/platform';
import { Outbox } from '@cercle/platform';
import { createTestDatabase, testRedisUrl, uniquePrefix } from '@cercle/testing';
import { setCommunityRole } from '../src/communities/community-organisers';
import { MembershipTestApp, startMembershipApp } from './membership-test-app';

describe('communities: listing and removing co-organisers', () => {
  let membership: MembershipTestApp;

  const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
  const organisersOf = (communityId: string, token: string) =>
    membership.http().get(`/communities/${communityId}/organisers`).set(bearer(token));
  const remove = (communityId: string, organiserId: string, token: string) =>
    membership.http().delete(`/communities/${communityId}/organisers/${organiserId}`).set(bearer(token));

  /**
   * Gives someone a role in a community the way membership does it (invitations are the HTTP way in,
   * built elsewhere): through setCommunityRole, in a transaction with its message.
   */
  const grant = async (communityId: string, organiser: { organiserId: string; name: string }, role: CommunityRole) => {
    await membership.em().transactional((em) =>
      setCommunityRole(em, membership.app.get(Outbox), {
        communityId,
        organiserId: organiser.organiserId,
        organiserName: organiser.name,
        role,
        active: true,
      }),
    );
  };

  /** A community owned by a new organiser, with a co-organiser: both with their tokens. */
  const communityWithCoOrganiser = async () => {
    const suffix = randomUUID().slice(0, 6);
    const owner = { name: `Owner ${suffix}`, ...(await membership.newOrganiser(`Owner ${suffix}`)) };
    const co = {
      name: `Co ${suffix}`,
      email: `co-${suffix}@example.org`,
      ...(await membership.newOrganiser(`Co ${suffix}`, `co-${suffix}@example.org`)),
    };
    const community = await membership
      .http()
      .post('/communities')
      .set(bearer(owner.token))
      .send({ name: `Cercle ${suffix}` })
      .expect(201);
    await grant(community.body.id, co, 'co-organiser');
    return { communityId: community.body.id as string, owner, co };
  };

  beforeAll(async () => {
    membership = await startMembershipApp({
      databaseUrl: await createTestDatabase('membership_coorg'),
      redisUrl: testRedisUrl(),
      queuePrefix: uniquePrefix('membership-coorg'),
    });
  });

  afterAll(async () => {
    await membership?.app.close();
  });

  it('lists the organisers of a community, owners first, to its organisers only', async () => {
    const { communityId, owner, co } = await communityWithCoOrganiser();
    const expected = [
      { organiserId: owner.organiserId, name: owner.name, role: 'owner' },
      { organiserId: co.organiserId, name: co.name, role: 'co-organiser' },
    ];
    expect((await organisersOf(communityId, owner.token).expect(200)).body).toEqual(expected);
    expect((await organisersOf(communityId, co.token).expect(200)).body).toEqual(expected);

    const stranger = await membership.newOrganiser('Stranger');
    expect((await organisersOf(communityId, stranger.token).expect(404)).body).toMatchObject({ code: 'community-not-found' });
  });

  it('lets the owner remove a co-organiser, who then loses the community, and tells the other services', async () => {
    const { communityId, owner, co } = await communityWithCoOrganiser();
    const removed = await remove(communityId, co.organiserId, owner.token).expect(200);
    expect(removed.body).toEqual({ organiserId: co.organiserId, name: co.name, role: 'co-organiser', active: false });

    expect((await organisersOf(communityId, owner.token).expect(200)).body.map((o: { organiserId: string }) => o.organiserId)).toEqual([
      owner.organiserId,
    ]);
    await membership.http().get(`/communities/${communityId}`).set(bearer(co.token)).expect(404);
    expect((await membership.http().get('/organisers/me').set(bearer(co.token)).expect(200)).body.communities).toEqual([]);

    const messages = await membership.publishedWhere(
      'community.organiser-changed',
      (p) => p.communityId === communityId && p.organiserId === co.organiserId,
    );
    const last = messages.at(-1)!.data.payload;
    // Notifications reaches organisers (health alerts) at the address each message carries.
    expect(last).toMatchObject({ active: false, role: 'co-organiser', organiserEmail: co.email });
    expect(last.revision).toBe(Math.max(...messages.map((job) => job.data.payload.revision)));
    expect(messages.length).toBe(2);
  });

  it('refuses a co-organiser who tries to remove anyone (owners only)', async () => {
    const { communityId, owner, co } = await communityWithCoOrganiser();
    expect((await remove(communityId, owner.organiserId, co.token).expect(403)).body).toMatchObject({ code: 'owner-only' });
    expect((await remove(communityId, co.organiserId, co.token).expect(403)).body).toMatchObject({ code: 'owner-only' });
    expect((await organisersOf(communityId, owner.token).expect(200)).body).toHaveLength(2);
  });

  it('answers 404 when the organiser to remove does not organise that community', async () => {
    const { communityId, owner, co } = await communityWithCoOrganiser();
    const elsewhere = await communityWithCoOrganiser();
    for (const organiserId of [randomUUID(), elsewhere.co.organiserId, elsewhere.owner.organiserId]) {
      expect((await remove(communityId, organiserId, owner.token).expect(404)).body).toMatchObject({ code: 'organiser-not-found' });
    }
    await remove(communityId, co.organiserId, owner.token).expect(200);
    await remove(communityId, co.organiserId, owner.token).expect(404);
  });

  it('keeps the last owner: they cannot remove themselves, though one of two owners can', async () => {
    const { communityId, owner, co } = await communityWithCoOrganiser();
    const refused = await remove(communityId, owner.organiserId, owner.token).expect(409);
    expect(refused.body).toMatchObject({ code: 'last-owner' });
    expect(refused.body.message).toContain('last owner');

    await grant(communityId, co, 'owner');
    await remove(communityId, owner.organiserId, owner.token).expect(200);
    expect((await organisersOf(communityId, co.token).expect(200)).body).toEqual([
      { organiserId: co.organiserId, name: co.name, role: 'owner' },
    ]);
    expect((await remove(communityId, co.organiserId, co.token).expect(409)).body).toMatchObject({ code: 'last-owner' });
  });

  it('lets an owner hand ownership over through the API, but never leaves the community without an owner', async () => {
    const { communityId, owner, co } = await communityWithCoOrganiser();
    const setRole = (organiserId: string, role: string, token: string) =>
      membership.http().put(`/communities/${communityId}/organisers/${organiserId}`).set(bearer(token)).send({ role });
    await setRole(owner.organiserId, 'owner', co.token).expect(403);
    expect((await setRole(owner.organiserId, 'co-organiser', owner.token).expect(409)).body).toMatchObject({ code: 'last-owner' });
    expect((await setRole(co.organiserId, 'chef', owner.token).expect(400)).body.issues[0].path).toBe('role');
    expect((await setRole('not-an-id', 'owner', owner.token).expect(400)).body).toMatchObject({
      code: 'invalid-id',
      message: 'organiserId: must be a UUID',
    });

    expect((await setRole(co.organiserId, 'owner', owner.token).expect(200)).body).toEqual({
      organiserId: co.organiserId,
      name: co.name,
      role: 'owner',
    });
    await setRole(owner.organiserId, 'co-organiser', owner.token).expect(200);
    expect((await organisersOf(communityId, co.token).expect(200)).body.map((o: { role: string }) => o.role)).toEqual([
      'owner',
      'co-organiser',
    ]);
    // The former owner is now a co-organiser: owners' routes refuse them.
    await setRole(co.organiserId, 'co-organiser', owner.token).expect(403);
    const told = await membership.publishedWhere(
      'community.organiser-changed',
      (p) => p.communityId === communityId && p.organiserId === co.organiserId && p.role === 'owner',
    );
    expect(told).toHaveLength(1);
  });
});
