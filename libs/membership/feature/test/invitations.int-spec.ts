import { randomUUID } from 'node:crypto';
import { LinkPurpose, QueueName } from '@cercle/contracts';
import { OutboxMessage } from '@cercle/platform';
import { signLink } from '@cercle/signed-links';
import { createTestDatabase, testRedisUrl, uniquePrefix, waitFor } from '@cercle/testing';
import { NotificationsHarness } from '../../../notifications/feature/test/notifications-harness';
import { MembershipTestApp, startMembershipApp } from './membership-test-app';

jest.setTimeout(60_000);

describe('invitations: an owner invites a co-organiser by email', () => {
  let membership: MembershipTestApp;
  const notifications = new NotificationsHarness();

  const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
  const tokenOnPage = (html: string) => /crc_[A-Za-z0-9_-]+/.exec(html)?.[0] ?? null;
  const pathOf = (url: string) => new URL(url).pathname;
  const uniqueEmail = (label: string) => `${label}-${randomUUID().slice(0, 8)}@example.org`;

  async function newOrganiser(name: string): Promise<string> {
    const created = await membership.http().post('/organisers').set(bearer(membership.config.ADMIN_TOKEN)).send({ name }).expect(201);
    return created.body.token;
  }
  async function newCommunity(token: string): Promise<{ id: string; name: string }> {
    const created = await membership
      .http()
      .post('/communities')
      .set(bearer(token))
      .send({ name: `EIG ${randomUUID().slice(0, 8)}` })
      .expect(201);
    return { id: created.body.id, name: created.body.name };
  }
  const invite = (token: string, communityId: string, body: Record<string, string>) =>
    membership.http().post(`/communities/${communityId}/invitations`).set(bearer(token)).send(body);
  /** Invites, and reads the link where only the invitee can: in the message that becomes their email. */
  async function invited(token: string, communityId: string, body: Record<string, string>): Promise<{ invitationId: string; url: string }> {
    const answer = (await invite(token, communityId, body).expect(201)).body;
    const [job] = await waitFor(
      async () => {
        const jobs = await publishedInvitation(answer.invitationId);
        return jobs.length ? jobs : undefined;
      },
      { description: 'the invitation message' },
    );
    return { ...answer, url: job.data.payload.url as string };
  }
  const accept = (path: string, name?: string) =>
    membership
      .http()
      .post(path)
      .type('form')
      .send(name === undefined ? {} : { name });
  /** What accepting could create: organisers, tokens and organiser roles, counted in membership's tables. */
  async function created() {
    const [row] = await membership.em().getConnection().execute(`select
      (select count(*) from "membership"."organiser")::int as organisers,
      (select count(*) from "membership"."known_token")::int as tokens,
      (select count(*) from "membership"."community_organiser")::int as roles`);
    return row as { organisers: number; tokens: number; roles: number };
  }
  async function publishedInvitation(invitationId: string) {
    await waitFor(async () => (await membership.em().count(OutboxMessage, { dispatchedAt: null })) === 0, {
      description: "membership's outbox to be relayed",
    });
    const jobs = await membership
      .queue(QueueName.Notifications)
      .getJobs(['waiting', 'delayed', 'prioritized', 'active', 'completed', 'failed']);
    return jobs.filter((job) => job.name === 'organiser.invited' && job.data.payload.invitationId === invitationId);
  }

  beforeAll(async () => {
    [membership] = await Promise.all([
      startMembershipApp({
        databaseUrl: await createTestDatabase('membership_inv'),
        redisUrl: testRedisUrl(),
        queuePrefix: uniquePrefix('membership-inv'),
      }),
      notifications.start('notif_inv'),
    ]);
  });

  afterAll(async () => {
    await membership?.app.close();
    await notifications.stop();
  });

  it('publishes the invitation, and notifications sends one email in French with the signed link, once', async () => {
    const owner = await membership.organiser();
    const community = await newCommunity(owner);
    const email = uniqueEmail('dominique');

    const answer = await invite(owner, community.id, { email: email.toUpperCase(), name: 'Dominique' }).expect(201);
    expect(answer.body).toMatchObject({ email, invitationId: expect.any(String), expiresAt: expect.any(String) });
    // The link goes to the invitee only: whoever holds it accepts, so the inviter is not given it.
    expect(answer.body.url).toBeUndefined();
    const [job] = await publishedInvitation(answer.body.invitationId);
    const url: string = job.data.payload.url;
    expect(pathOf(url)).toMatch(/^\/invitations\/[^/]+$/);
    await notifications.feed('organiser.invited', job.data.payload, job.data.messageId);
    // The same message delivered again, and another message for the same invitation: no second email.
    await notifications.feed('organiser.invited', job.data.payload, job.data.messageId);
    await notifications.feed('organiser.invited', job.data.payload);

    const received = notifications.mail.messages({ to: email });
    expect(received).toHaveLength(1);
    expect(received[0].subject).toBe(`Camille vous invite à co-organiser ${community.name} sur Cercle`);
    expect(received[0].text).toContain(url);
    expect(received[0].html).toContain(`href="${url}"`);

    const list = await membership.http().get(`/communities/${community.id}/invitations`).set(bearer(owner)).expect(200);
    expect(list.body).toEqual([
      expect.objectContaining({ invitationId: answer.body.invitationId, email, status: 'pending', acceptedAt: null }),
    ]);
  });

  it('creates the organiser and a first token that opens the community; a second acceptance creates nothing', async () => {
    const owner = await membership.organiser();
    const community = await newCommunity(owner);
    const email = uniqueEmail('alix');
    const { url } = await invited(owner, community.id, { email, name: 'Alix' });

    const page = await membership.http().get(pathOf(url)).expect(200);
    expect(page.text).toContain(`Camille vous invite à co-organiser ${community.name} sur Cercle.`);
    expect(page.text).toContain('value="Alix"');
    expect(page.text).toContain('<form method="post"');
    expect(
      (
        await membership
          .http()
          .get(`${pathOf(url)}?lang=en`)
          .expect(200)
      ).text,
    ).toContain(`Camille invites you to co-organise ${community.name} on Cercle.`);

    const accepted = await accept(pathOf(url), 'Alix Martin').expect(201);
    const token = tokenOnPage(accepted.text);
    expect(token).not.toBeNull();
    expect(accepted.text).toContain(`Authorization: Bearer ${token}`);
    expect(accepted.headers['cache-control']).toBe('no-store');
    await membership.http().get(`/communities/${community.id}`).set(bearer(token!)).expect(200);
    const mine = await membership.http().get('/communities').set(bearer(token!)).expect(200);
    expect(mine.body).toEqual([expect.objectContaining({ id: community.id, role: 'co-organiser' })]);

    const before = await created();
    const again = await accept(pathOf(url), 'Alix Martin').expect(409);
    expect(again.text).toContain('Cette invitation a déjà été acceptée');
    expect(tokenOnPage(again.text)).toBeNull();
    await membership.http().get(pathOf(url)).expect(409);
    expect(await created()).toEqual(before);

    const [row] = (await membership.http().get(`/communities/${community.id}/invitations`).set(bearer(owner)).expect(200)).body;
    expect(row).toMatchObject({ status: 'accepted', acceptedAt: expect.any(String), acceptedBy: expect.any(String) });
    // A co-organiser may read the invitations but not invite.
    await membership.http().get(`/communities/${community.id}/invitations`).set(bearer(token!)).expect(200);
    await invite(token!, community.id, { email: uniqueEmail('other') }).expect(403);
  });

  it('accepts once when the link is posted twice at the same moment', async () => {
    const owner = await membership.organiser();
    const community = await newCommunity(owner);
    const { url } = await invited(owner, community.id, { email: uniqueEmail('sam') });
    const before = await created();
    const answers = await Promise.all([accept(pathOf(url), 'Sam'), accept(pathOf(url), 'Sam')]);
    expect(answers.map((a) => a.status).sort()).toEqual([201, 409]);
    expect(await created()).toEqual({ organisers: before.organisers + 1, tokens: before.tokens + 1, roles: before.roles + 1 });
  });

  it('shows a clear page and creates nothing for an expired invitation, an expired, tampered or other-purpose link', async () => {
    const owner = await membership.organiser();
    const community = await newCommunity(owner);
    const first = await invited(owner, community.id, { email: uniqueEmail('lou') });
    const second = await invited(owner, community.id, { email: uniqueEmail('noa') });
    await membership
      .em()
      .getConnection()
      .execute(`update "membership"."invitation" set "expires_at" = now() - interval '1 minute' where "id" = ?`, [first.invitationId]);
    const signed = (purpose: string, exp: number) =>
      `/invitations/${signLink(membership.config.LINK_SECRET, { purpose, memberId: second.invitationId, subjectId: community.id, exp })}`;
    const token = pathOf(second.url).split('/').pop()!;
    const tampered = `/invitations/${token.slice(0, -2)}${token.endsWith('AA') ? 'BB' : 'AA'}`;
    const before = await created();

    const cases: Array<[string, number, string]> = [
      [pathOf(first.url), 410, 'Cette invitation a expiré.'],
      [signed(LinkPurpose.Invitation, Math.floor(Date.now() / 1000) - 60), 410, 'Ce lien a expiré.'],
      [tampered, 400, 'Ce lien n’est pas valide.'],
      [signed(LinkPurpose.Register, Math.floor(Date.now() / 1000) + 3600), 400, 'Ce lien ne sert pas à accepter une invitation.'],
    ];
    for (const [path, status, reason] of cases) {
      expect((await membership.http().get(path).expect(status)).text).toContain(reason);
      const answer = await accept(path, 'Someone').expect(status);
      expect(answer.text).toContain(reason);
      expect(tokenOnPage(answer.text)).toBeNull();
    }
    expect(await created()).toEqual(before);
    const statuses = (await membership.http().get(`/communities/${community.id}/invitations`).set(bearer(owner)).expect(200)).body.map(
      (i: { invitationId: string; status: string }) => [i.invitationId, i.status],
    );
    expect(statuses).toEqual(
      expect.arrayContaining([
        [first.invitationId, 'expired'],
        [second.invitationId, 'pending'],
      ]),
    );
  });

  it("answers 404 to another community's owner", async () => {
    const community = await newCommunity(await membership.organiser());
    const stranger = await newOrganiser('Bastien');
    await invite(stranger, community.id, { email: uniqueEmail('x') }).expect(404);
    await membership.http().get(`/communities/${community.id}/invitations`).set(bearer(stranger)).expect(404);
  });

  it('gives an organiser already known by the address the role, keeps their token and issues none', async () => {
    const owner = await membership.organiser();
    const first = await newCommunity(owner);
    const email = uniqueEmail('jo');
    const { url } = await invited(owner, first.id, { email, name: 'Jo' });
    const token = tokenOnPage((await accept(pathOf(url), 'Jo').expect(201)).text)!;
    expect((await invite(owner, first.id, { email }).expect(409)).body.code).toBe('already-organiser');

    const otherOwner = await newOrganiser('Bastien');
    const second = await newCommunity(otherOwner);
    const again = await invited(otherOwner, second.id, { email: email.toUpperCase() });
    const page = await membership.http().get(pathOf(again.url)).expect(200);
    expect(page.text).toContain('déjà celle d’un compte organisateur (Jo)');
    const before = await created();
    const accepted = await accept(pathOf(again.url)).expect(201);
    expect(tokenOnPage(accepted.text)).toBeNull();
    expect(accepted.text).toContain('Utilisez votre jeton d’API habituel');
    expect(await created()).toEqual({ ...before, roles: before.roles + 1 });
    await membership.http().get(`/communities/${second.id}`).set(bearer(token)).expect(200);
  });
});
