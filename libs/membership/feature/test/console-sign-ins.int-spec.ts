import { randomUUID } from 'node:crypto';
import { createTestDatabase, testRedisUrl, uniquePrefix } from '@cercle/testing';
import { MembershipTestApp, startMembershipApp } from './membership-test-app';

const CONSOLE_SECRET = 'c'.repeat(40);

/** The console's OpenID Connect sign-in at membership: a verified email traded for a session token, by the console alone. */
describe('console sign-ins for an email verified through OpenID Connect', () => {
  let membership: MembershipTestApp;
  const unique = () => randomUUID().slice(0, 8);
  const signIn = (email: string, bearer?: string) => {
    const call = membership.http().post('/organisers/console-sign-ins');
    return (bearer ? call.set('Authorization', `Bearer ${bearer}`) : call).send({ email, hours: 3 });
  };

  beforeAll(async () => {
    membership = await startMembershipApp({
      databaseUrl: await createTestDatabase('membership_console_sign_in'),
      redisUrl: testRedisUrl(),
      queuePrefix: uniquePrefix('membership-console-sign-in'),
      env: { CONSOLE_SECRET },
    });
  });
  afterAll(() => membership?.app.close());

  it('gives the console an expiring token that acts as the organiser with that email', async () => {
    const email = `noa.${unique()}@example.org`;
    const { organiserId } = await membership.newOrganiser('Noa', email);

    const session = await signIn(email.toUpperCase(), CONSOLE_SECRET).expect(201);

    expect(session.body).toMatchObject({ organiserId, organiserName: 'Noa' });
    expect(new Date(session.body.expiresAt).getTime() - Date.now()).toBeGreaterThan(3 * 3600_000 - 60_000);
    expect(new Date(session.body.expiresAt).getTime() - Date.now()).toBeLessThanOrEqual(3 * 3600_000);
    const me = await membership.http().get('/organisers/me').set('Authorization', `Bearer ${session.body.token}`).expect(200);
    expect(me.body).toMatchObject({ organiserId, token: { tokenId: session.body.tokenId, readOnly: false } });
  });

  it('answers 404 for an email no organiser has', async () => {
    const answer = await signIn(`nobody.${unique()}@example.org`, CONSOLE_SECRET).expect(404);
    expect(answer.body.code).toBe('organiser-unknown');
  });

  it('refuses anyone without the console secret: no token, a wrong one, the admin token, an organiser token', async () => {
    const email = `lou.${unique()}@example.org`;
    const { token } = await membership.newOrganiser('Lou', email);

    for (const bearer of [undefined, 'x'.repeat(40), membership.config.ADMIN_TOKEN, token]) {
      const answer = await signIn(email, bearer).expect(401);
      expect(answer.body.code).toBe('console-secret-required');
    }
  });

  it('refuses every call when no CONSOLE_SECRET is set (OpenID Connect sign-in off)', async () => {
    const without = await startMembershipApp({
      databaseUrl: await createTestDatabase('membership_console_sign_in_off'),
      redisUrl: testRedisUrl(),
      queuePrefix: uniquePrefix('membership-console-sign-in-off'),
    });
    try {
      const email = `off.${unique()}@example.org`;
      await without.newOrganiser('Off', email);
      const answer = await without
        .http()
        .post('/organisers/console-sign-ins')
        .set('Authorization', `Bearer ${CONSOLE_SECRET}`)
        .send({ email });
      expect(answer.status).toBe(401);
    } finally {
      await without.app.close();
    }
  });
});
