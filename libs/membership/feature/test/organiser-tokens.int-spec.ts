import { randomUUID } from 'node:crypto';
import type { Job } from 'bullmq';
import { hashApiToken } from '@cercle/platform';
import { createTestDatabase, nonIsoTimes, testRedisUrl, uniquePrefix, waitFor } from '@cercle/testing';
import { MembershipTestApp, startMembershipApp } from './membership-test-app';

describe('organisers: who am I, and their API tokens', () => {
  let membership: MembershipTestApp;

  const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
  const issue = (token: string, body: Record<string, unknown>) =>
    membership.http().post('/organisers/me/tokens').set(bearer(token)).send(body);
  const tokenMessages = async (tokenId: string) =>
    (await membership.publishedWhere('organiser.token-issued', (p) => p.tokenId === tokenId)).map((job: Job) => job.data.payload);
  const unique = () => randomUUID().slice(0, 8);

  beforeAll(async () => {
    membership = await startMembershipApp({
      databaseUrl: await createTestDatabase('membership_tokens'),
      redisUrl: testRedisUrl(),
      queuePrefix: uniquePrefix('membership-tokens'),
    });
  });

  afterAll(async () => {
    await membership?.app.close();
  });

  it('tells an organiser who they are: email stored lower-case, the token they call with, their communities with role', async () => {
    const email = `Dominique.${unique()}@Example.org`;
    const { organiserId, token } = await membership.newOrganiser('Dominique', email);
    const community = await membership
      .http()
      .post('/communities')
      .set(bearer(token))
      .send({ name: `Forum ${unique()}` })
      .expect(201);

    const me = await membership.http().get('/organisers/me').set(bearer(token)).expect(200);
    const [first] = (await membership.http().get('/organisers/me/tokens').set(bearer(token)).expect(200)).body;
    expect(me.body).toEqual({
      organiserId,
      name: 'Dominique',
      email: email.toLowerCase(),
      token: { tokenId: first.tokenId, readOnly: false },
      communities: [{ communityId: community.body.id, name: community.body.name, role: 'owner' }],
    });
  });

  it('refuses a second organiser with the same email, whatever its case', async () => {
    const email = `claude.${unique()}@example.org`;
    await membership.newOrganiser('Claude', email);
    const again = await membership
      .http()
      .post('/organisers')
      .set(bearer(membership.config.ADMIN_TOKEN))
      .send({ name: 'Claude bis', email: email.toUpperCase() })
      .expect(409);
    expect(again.body).toMatchObject({ code: 'organiser-email-taken' });
    expect(again.body.message).toContain(email);
  });

  it('gives an organiser who revoked their last token a new one through the admin token only, keeping their communities', async () => {
    const email = `sacha.${unique()}@example.org`;
    const { organiserId, token } = await membership.newOrganiser('Sacha', email);
    const community = await membership
      .http()
      .post('/communities')
      .set(bearer(token))
      .send({ name: `Forum ${unique()}` })
      .expect(201);
    const [only] = (await membership.http().get('/organisers/me/tokens').set(bearer(token)).expect(200)).body;
    await membership.http().delete(`/organisers/me/tokens/${only.tokenId}`).set(bearer(token)).expect(200);
    await membership.http().get('/organisers/me').set(bearer(token)).expect(401);

    await membership.http().post('/organisers/recovery').set(bearer(token)).send({ email }).expect(401);
    await membership
      .http()
      .post('/organisers/recovery')
      .set(bearer(membership.config.ADMIN_TOKEN))
      .send({ email: `nobody.${unique()}@example.org` })
      .expect(404);
    const recovered = await membership
      .http()
      .post('/organisers/recovery')
      .set(bearer(membership.config.ADMIN_TOKEN))
      .send({ email: email.toUpperCase() })
      .expect(201);
    expect(recovered.body).toMatchObject({ organiserId, email });
    const me = await waitFor(
      async () => {
        const res = await membership.http().get('/organisers/me').set(bearer(recovered.body.token));
        return res.status === 200 && res.body;
      },
      { description: 'the recovered token to work' },
    );
    expect(me.communities).toEqual([expect.objectContaining({ communityId: community.body.id, role: 'owner' })]);
  });

  it('issues a named, read-only, expiring token shown once, and lists only the caller’s tokens without any secret', async () => {
    const { token } = await membership.newOrganiser('Alix');
    const other = await membership.newOrganiser('Sacha');
    const before = Date.now();
    const created = await issue(token, { name: 'tableau de bord', readOnly: true, expiresInDays: 30 }).expect(201);
    expect(created.body).toMatchObject({ name: 'tableau de bord', readOnly: true, revokedAt: null });
    expect(created.body.token).toMatch(/^crc_/);
    const expiresAt = Date.parse(created.body.expiresAt);
    expect(expiresAt).toBeGreaterThanOrEqual(before + 30 * 86_400_000);
    expect(expiresAt).toBeLessThanOrEqual(Date.now() + 30 * 86_400_000);

    const listed = (await membership.http().get('/organisers/me/tokens').set(bearer(token)).expect(200)).body;
    expect(nonIsoTimes({ created: created.body, listed })).toEqual([]);
    expect(listed.map((t: { name: string }) => t.name).sort()).toEqual(['default', 'tableau de bord']);
    expect(listed.find((t: { tokenId: string }) => t.tokenId === created.body.tokenId)).toEqual({
      tokenId: created.body.tokenId,
      name: 'tableau de bord',
      readOnly: true,
      expiresAt: created.body.expiresAt,
      revokedAt: null,
    });
    const othersList = (await membership.http().get('/organisers/me/tokens').set(bearer(other.token)).expect(200)).body;
    expect(othersList.map((t: { tokenId: string }) => t.tokenId)).not.toContain(created.body.tokenId);
    expect(othersList).toHaveLength(1);

    // The message carries what the other services need to accept the token, hash included.
    expect(await tokenMessages(created.body.tokenId)).toEqual([
      expect.objectContaining({
        tokenHash: hashApiToken(created.body.token),
        readOnly: true,
        expiresAt: created.body.expiresAt,
        revokedAt: null,
      }),
    ]);
  });

  it.each([
    [{}, 'name'],
    [{ name: '  ' }, 'name'],
    [{ name: 'ci', readOnly: 'yes' }, 'readOnly'],
    [{ name: 'ci', expiresInDays: 0 }, 'expiresInDays'],
    [{ name: 'ci', expiresInDays: 3651 }, 'expiresInDays'],
    [{ name: 'ci', expiresInDays: 1.5 }, 'expiresInDays'],
    [{ name: 'ci', expiresAt: 'demain' }, 'expiresAt'],
    [{ name: 'ci', expiresAt: new Date(Date.now() - 60_000).toISOString() }, 'expiresAt'],
    [{ name: 'ci', expiresInDays: 3, expiresAt: new Date(Date.now() + 86_400_000).toISOString() }, 'expiresAt'],
  ])('refuses the token request %j with a 400 naming %s', async (body, field) => {
    const answer = await issue(await membership.organiser(), body).expect(400);
    expect(answer.body.issues.map((i: { path: string }) => i.path)).toContain(field);
    expect(answer.body.issues.map((i: { message: string }) => i.message).join(' ')).toContain(field);
  });

  it('lets a read-only token read but neither write nor create or revoke tokens', async () => {
    const { token } = await membership.newOrganiser('Lou');
    const readOnly = (await issue(token, { name: 'lecture', readOnly: true }).expect(201)).body;

    await membership.http().get('/organisers/me').set(bearer(readOnly.token)).expect(200);
    await membership.http().get('/organisers/me/tokens').set(bearer(readOnly.token)).expect(200);
    for (const attempt of [
      issue(readOnly.token, { name: 'plus' }),
      membership.http().delete(`/organisers/me/tokens/${readOnly.tokenId}`).set(bearer(readOnly.token)),
      membership.http().post('/communities').set(bearer(readOnly.token)).send({ name: 'Non' }),
    ]) {
      expect((await attempt.expect(403)).body).toMatchObject({ code: 'token-read-only' });
    }
    const listed = (await membership.http().get('/organisers/me/tokens').set(bearer(token)).expect(200)).body;
    expect(listed.map((t: { revokedAt: string | null }) => t.revokedAt)).toEqual([null, null]);
  });

  it('revokes a token once: it is refused afterwards, a second revocation answers the same, the message carries the revocation', async () => {
    const { token } = await membership.newOrganiser('Noa');
    const ci = (await issue(token, { name: 'ci' }).expect(201)).body;
    await membership.http().get('/organisers/me').set(bearer(ci.token)).expect(200);

    const revoked = await membership.http().delete(`/organisers/me/tokens/${ci.tokenId}`).set(bearer(token)).expect(200);
    expect(revoked.body).toMatchObject({ tokenId: ci.tokenId, name: 'ci', revokedOwnToken: false });
    expect(Date.parse(revoked.body.revokedAt)).not.toBeNaN();

    const refused = await membership.http().get('/organisers/me').set(bearer(ci.token)).expect(401);
    expect(refused.body).toMatchObject({ code: 'token-revoked' });
    const again = await membership.http().delete(`/organisers/me/tokens/${ci.tokenId}`).set(bearer(token)).expect(200);
    expect(again.body).toEqual(revoked.body);

    expect(await tokenMessages(ci.tokenId)).toEqual([
      expect.objectContaining({ tokenHash: hashApiToken(ci.token), name: 'ci', revokedAt: null }),
      expect.objectContaining({ tokenHash: hashApiToken(ci.token), name: 'ci', readOnly: false, revokedAt: revoked.body.revokedAt }),
    ]);
  });

  it('answers 404 for another organiser’s token exactly as for an unknown one, and leaves it working', async () => {
    const mine = await membership.newOrganiser('Eden');
    const theirs = await membership.newOrganiser('Gabi');
    const [theirToken] = (await membership.http().get('/organisers/me/tokens').set(bearer(theirs.token)).expect(200)).body;

    const foreign = await membership.http().delete(`/organisers/me/tokens/${theirToken.tokenId}`).set(bearer(mine.token)).expect(404);
    const unknownId = randomUUID();
    const unknown = await membership.http().delete(`/organisers/me/tokens/${unknownId}`).set(bearer(mine.token)).expect(404);
    expect(foreign.body).toEqual({ ...unknown.body, message: unknown.body.message.replace(unknownId, theirToken.tokenId) });
    await membership.http().get('/organisers/me').set(bearer(theirs.token)).expect(200);
  });

  it('lets an organiser revoke the token they call with, and says so', async () => {
    const { token } = await membership.newOrganiser('Sam');
    const [own] = (await membership.http().get('/organisers/me/tokens').set(bearer(token)).expect(200)).body;
    const answer = await membership.http().delete(`/organisers/me/tokens/${own.tokenId}`).set(bearer(token)).expect(200);
    expect(answer.body).toMatchObject({ tokenId: own.tokenId, revokedOwnToken: true });
    expect((await membership.http().get('/organisers/me/tokens').set(bearer(token)).expect(401)).body).toMatchObject({
      code: 'token-revoked',
    });
  });

  it('accepts a token until its expiry, then refuses it as expired', async () => {
    const { token } = await membership.newOrganiser('Maël');
    const shortLived = (await issue(token, { name: 'court', expiresAt: new Date(Date.now() + 2_000).toISOString() }).expect(201)).body;
    await membership.http().get('/organisers/me').set(bearer(shortLived.token)).expect(200);
    const refused = await waitFor(
      async () => {
        const answer = await membership.http().get('/organisers/me').set(bearer(shortLived.token));
        return answer.status === 401 && answer;
      },
      { timeoutMs: 10_000, intervalMs: 250, description: 'the token to expire' },
    );
    expect(refused.body).toMatchObject({ code: 'token-expired' });
    expect(Date.now()).toBeGreaterThanOrEqual(Date.parse(shortLived.expiresAt));
  });

  it('never lets a token mint one that outlives it', async () => {
    const { token } = await membership.newOrganiser('Noé');
    const inAWeek = new Date(Date.now() + 7 * 86_400_000).toISOString();
    const weekly = (await issue(token, { name: 'semaine', expiresAt: inAWeek }).expect(201)).body;
    const inherited = (await issue(weekly.token, { name: 'sans date' }).expect(201)).body;
    expect(inherited.expiresAt).toBe(weekly.expiresAt);
    const refused = await issue(weekly.token, { name: 'plus long', expiresInDays: 30 }).expect(422);
    expect(refused.body).toMatchObject({ code: 'token-outlives-caller' });
    expect((await issue(weekly.token, { name: 'plus court', expiresInDays: 1 }).expect(201)).body.expiresAt).not.toBeNull();
  });
});
