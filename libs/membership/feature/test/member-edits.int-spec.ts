import { createTestDatabase, testRedisUrl, uniquePrefix } from '@cercle/testing';
import { MembershipTestApp, startMembershipApp } from './membership-test-app';

/** Editing a community and its members from the console: what changes, what is told, who may. */
describe('editing communities and members', () => {
  let membership: MembershipTestApp;
  let auth: { Authorization: string };

  beforeAll(async () => {
    membership = await startMembershipApp({
      databaseUrl: await createTestDatabase('membership_member_edits'),
      redisUrl: testRedisUrl(),
      queuePrefix: uniquePrefix('membership-member-edits'),
    });
    auth = { Authorization: `Bearer ${await membership.organiser()}` };
  });
  afterAll(() => membership?.app.close());

  it('connects a Mattermost channel to a community and tells the other services', async () => {
    const { communityId } = await membership.community(['Léa']);
    const changed = await membership
      .http()
      .patch(`/communities/${communityId}`)
      .set(auth)
      .send({ mattermostChannelId: 'abc123' })
      .expect(200);
    expect(changed.body).toMatchObject({ id: communityId, mattermostChannelId: 'abc123' });
    const messages = await membership.publishedWhere('community.changed', (p) => p.communityId === communityId);
    expect(messages.at(-1)!.data.payload.mattermostChannelId).toBe('abc123');
  });

  it('edits a member and deactivates them, telling the other services each time', async () => {
    const { memberIds } = await membership.community(['Léa Martin']);
    const [memberId] = memberIds;
    await membership
      .http()
      .patch(`/members/${memberId}`)
      .set(auth)
      .send({ name: 'Léa Dupont', email: 'Lea.Dupont@Example.org', language: 'en', mattermostUsername: 'lea.dupont' })
      .expect(200);
    const deactivated = await membership.http().patch(`/members/${memberId}`).set(auth).send({ active: false }).expect(200);

    expect(deactivated.body).toMatchObject({ name: 'Léa Dupont', email: 'lea.dupont@example.org', language: 'en', active: false });
    const told = (await membership.publishedWhere('member.changed', (p) => p.memberId === memberId)).map((j) => j.data.payload);
    expect(told.at(-1)).toMatchObject({
      name: 'Léa Dupont',
      email: 'lea.dupont@example.org',
      mattermostUsername: 'lea.dupont',
      active: false,
    });
  });

  it('refuses an email another member of the community has, and an unknown field', async () => {
    const { communityId } = await membership.community(['Ana', 'Bo']);
    const [ana, bo] = (await membership.http().get(`/communities/${communityId}/members`).set(auth).expect(200)).body;
    const refused = await membership.http().patch(`/members/${ana.id}`).set(auth).send({ email: bo.email }).expect(409);
    expect(refused.body.code).toBe('member-exists');
    await membership.http().patch(`/members/${ana.id}`).set(auth).send({ role: 'admin' }).expect(400);
  });

  it('answers 404 to an organiser of another community, as for a member who does not exist', async () => {
    const { memberIds, communityId } = await membership.community(['Cy']);
    const other = await membership.newOrganiser('Other');
    const bearer = { Authorization: `Bearer ${other.token}` };
    await membership.http().patch(`/members/${memberIds[0]}`).set(bearer).send({ active: false }).expect(404);
    await membership.http().patch(`/communities/${communityId}`).set(bearer).send({ name: 'Mine now' }).expect(404);
  });
});
