import { randomUUID } from 'node:crypto';
import { QueueName } from '@cercle/contracts';
import { OutboxMessage } from '@cercle/platform';
import { createTestDatabase, testRedisUrl, uniquePrefix, waitFor } from '@cercle/testing';
import { MembershipTestApp, startMembershipApp } from './membership-test-app';

/** The console's sign-in by emailed link, at membership: asking, the message to notifications, redeeming once. */
describe('console sign-in links', () => {
  let membership: MembershipTestApp;
  const unique = () => randomUUID().slice(0, 8);

  /** The sign-in messages published to notifications for an email, once the outbox is empty. */
  async function linksMailedTo(email: string): Promise<Array<{ url: string; language: string; name: string; expiresAt: string }>> {
    await waitFor(async () => (await membership.em().count(OutboxMessage, { dispatchedAt: null })) === 0, {
      description: "membership's outbox to be relayed",
    });
    const jobs = await membership
      .queue(QueueName.Notifications)
      .getJobs(['waiting', 'delayed', 'prioritized', 'active', 'completed', 'failed']);
    return jobs.filter((j) => j.name === 'organiser.sign-in-link-requested' && j.data.payload.email === email).map((j) => j.data.payload);
  }
  const tokenOf = (url: string) => decodeURIComponent(new URL(url).pathname.split('/').pop()!);
  const ask = (email: string, language = 'fr') => membership.http().post('/organisers/sign-in-links').send({ email, language });
  const redeem = (token: string) => membership.http().post('/organisers/sign-in-links/redeem').send({ token, hours: 2 });

  beforeAll(async () => {
    membership = await startMembershipApp({
      databaseUrl: await createTestDatabase('membership_sign_in'),
      redisUrl: testRedisUrl(),
      queuePrefix: uniquePrefix('membership-sign-in'),
      env: { PUBLIC_URL: 'https://cercle.example.org' },
    });
  });
  afterAll(() => membership?.app.close());

  it('mails a console link to an organiser, which gives once an expiring token that acts as them', async () => {
    const email = `sasha.${unique()}@example.org`;
    const { organiserId } = await membership.newOrganiser('Sasha', email);

    const asked = await ask(email.toUpperCase(), 'en').expect(202);
    const [link] = await linksMailedTo(email);
    expect(asked.body).toEqual({ status: 'accepted' });
    expect(link).toMatchObject({ name: 'Sasha', language: 'en' });
    expect(link.url).toMatch(/^https:\/\/cercle\.example\.org\/console\/sign-in\/[\w-]{40,}$/);
    expect(new Date(link.expiresAt).getTime() - Date.now()).toBeGreaterThan(14 * 60_000);
    expect(new Date(link.expiresAt).getTime() - Date.now()).toBeLessThanOrEqual(15 * 60_000);

    const session = await redeem(tokenOf(link.url)).expect(201);
    expect(session.body).toMatchObject({ organiserId, organiserName: 'Sasha' });
    expect(new Date(session.body.expiresAt).getTime() - Date.now()).toBeGreaterThan(2 * 3600_000 - 60_000);
    const me = await membership.http().get('/organisers/me').set('Authorization', `Bearer ${session.body.token}`).expect(200);
    expect(me.body.organiserId).toBe(organiserId);

    const again = await redeem(tokenOf(link.url)).expect(410);
    expect(again.body.code).toBe('sign-in-link-invalid');
  });

  it('answers the same for an email no organiser has, and mails nothing', async () => {
    const email = `nobody.${unique()}@example.org`;
    const known = `known.${unique()}@example.org`;
    await membership.newOrganiser('Known', known);

    const unknownAnswer = await ask(email).expect(202);
    const knownAnswer = await ask(known).expect(202);

    expect(unknownAnswer.body).toEqual(knownAnswer.body);
    expect(await linksMailedTo(email)).toEqual([]);
    expect(await linksMailedTo(known)).toHaveLength(1);
  });

  it('refuses a link past its 15 minutes, and a token that was never issued', async () => {
    const email = `late.${unique()}@example.org`;
    await membership.newOrganiser('Late', email);
    await ask(email).expect(202);
    const [link] = await linksMailedTo(email);
    await membership.em().getConnection().execute(`update "membership"."sign_in_link" set "expires_at" = now() - interval '1 second'`);

    expect((await redeem(tokenOf(link.url)).expect(410)).body.code).toBe('sign-in-link-invalid');
    expect((await redeem('x'.repeat(43)).expect(410)).body.code).toBe('sign-in-link-invalid');
  });

  it('sends at most five links to one organiser within fifteen minutes', async () => {
    const email = `many.${unique()}@example.org`;
    await membership.newOrganiser('Many', email);
    for (let i = 0; i < 7; i++) await ask(email).expect(202);
    expect(await linksMailedTo(email)).toHaveLength(5);
  });

  it('refuses an email that is not one, field by field', async () => {
    const refused = await ask('not-an-email').expect(400);
    expect(refused.body.issues.map((i: { path: string }) => i.path)).toEqual(['email']);
  });
});
