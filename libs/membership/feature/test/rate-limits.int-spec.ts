import { createTestDatabase, testRedisUrl, uniquePrefix } from '@cercle/testing';
import type { Response } from 'supertest';
import { MembershipTestApp, startMembershipApp } from './membership-test-app';

const SIGNED_LINK_LIMIT = 3;
const TOKEN_LIMIT = 4;
const ADDRESS_LIMIT = 12;

/** Rate limits, set low by configuration; clients are told apart by X-Forwarded-For behind one trusted proxy. */
describe('rate limits', () => {
  let membership: MembershipTestApp;

  const from = (address: string) => ({ 'X-Forwarded-For': address });
  const expectTooMany = (res: Response) => {
    expect(res.status).toBe(429);
    const seconds = Number(res.headers['retry-after']);
    expect(Number.isInteger(seconds) && seconds >= 1 && seconds <= 60).toBe(true);
    expect(res.body).toEqual({ statusCode: 429, message: `Too many requests: retry in ${seconds} s` });
  };

  beforeAll(async () => {
    membership = await startMembershipApp({
      databaseUrl: await createTestDatabase('membership_rate'),
      redisUrl: testRedisUrl(),
      queuePrefix: uniquePrefix('membership-rate'),
      env: {
        RATE_LIMIT_SIGNED_LINK_PER_MINUTE: String(SIGNED_LINK_LIMIT),
        RATE_LIMIT_TOKEN_PER_MINUTE: String(TOKEN_LIMIT),
        RATE_LIMIT_ADDRESS_PER_MINUTE: String(ADDRESS_LIMIT),
        TRUST_PROXY_HOPS: '1',
      },
    });
  });

  afterAll(async () => {
    await membership?.app.close();
  });

  it('answers 429 with Retry-After to a client past the signed-link limit, and not to another client', async () => {
    const { communityId, memberIds } = await membership.community(['Alice']);
    const { occurrenceId } = await membership.occurrence(communityId);
    const page = membership.link(memberIds[0], occurrenceId);
    for (let i = 0; i < SIGNED_LINK_LIMIT; i++) await membership.http().get(page).set(from('203.0.113.1')).expect(200);
    expectTooMany(await membership.http().get(page).set(from('203.0.113.1')));
    // A browser is shown a page in its language, with the same Retry-After.
    const browser = await membership
      .http()
      .get(`${page}?lang=en`)
      .set(from('203.0.113.1'))
      .set('Accept', 'text/html,application/xhtml+xml');
    expect(browser.status).toBe(429);
    expect(browser.headers['content-type']).toMatch(/text\/html/);
    expect(browser.text).toContain('<html lang="en">');
    expect(browser.text).toContain(`try again in ${browser.headers['retry-after']} seconds`);
    const french = await membership.http().get(page).set(from('203.0.113.1')).set('Accept', 'text/html');
    expect(french.text).toContain('Trop de demandes');
    await membership.http().get(page).set(from('203.0.113.2')).expect(200);
  });

  it('answers 429 to a token past its limit, and not to another token from the same address', async () => {
    const organiser = async () =>
      (
        await membership
          .http()
          .post('/organisers')
          .set(from('198.51.100.1'))
          .set('Authorization', `Bearer ${membership.config.ADMIN_TOKEN}`)
          .send({ name: 'Camille' })
          .expect(201)
      ).body.token as string;
    const [first, second] = [await organiser(), await organiser()];
    for (let i = 0; i < TOKEN_LIMIT; i++)
      await membership.http().get('/communities').set(from('198.51.100.2')).set('Authorization', `Bearer ${first}`).expect(200);
    expectTooMany(await membership.http().get('/communities').set(from('198.51.100.2')).set('Authorization', `Bearer ${first}`));
    await membership.http().get('/communities').set(from('198.51.100.2')).set('Authorization', `Bearer ${second}`).expect(200);
  });

  it('limits guessed tokens per address before looking any of them up', async () => {
    for (let i = 0; i < ADDRESS_LIMIT; i++) {
      await membership.http().get('/communities').set(from('192.0.2.66')).set('Authorization', `Bearer crc_guess_${i}`).expect(401);
    }
    expectTooMany(await membership.http().get('/communities').set(from('192.0.2.66')).set('Authorization', 'Bearer crc_guess_last'));
    await membership.http().get('/communities').set(from('192.0.2.67')).set('Authorization', 'Bearer crc_guess_last').expect(401);
  });

  it('never limits the health probe', async () => {
    for (let i = 0; i < ADDRESS_LIMIT + SIGNED_LINK_LIMIT + 2; i++)
      await membership.http().get('/health').set(from('192.0.2.99')).expect(200);
  });
});
