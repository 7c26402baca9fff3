import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { LinkPurpose } from '@cercle/contracts';
import { signLink } from '@cercle/signed-links';
import { createTestDatabase, testRedisUrl, uniquePrefix } from '@cercle/testing';
import { EventsTestApp, startEventsApp } from './events-test-app';

/** The room's page is open to anyone holding its link: the signed-link rate limit counts each address's requests. */
describe("the day page's rate limit", () => {
  let events: EventsTestApp;
  const limit = 3;

  beforeAll(async () => {
    events = await startEventsApp({
      databaseUrl: await createTestDatabase('events_day_limit'),
      redisUrl: testRedisUrl(),
      queuePrefix: uniquePrefix('events-day-limit'),
      env: { RATE_LIMIT_SIGNED_LINK_PER_MINUTE: String(limit) },
    });
  });

  afterAll(async () => {
    await events?.app.close();
  });

  it('answers 429 with Retry-After once an address has used up its signed-link requests, pages and form posts alike', async () => {
    const occurrenceId = randomUUID();
    const token = signLink(events.config.LINK_SECRET, {
      purpose: LinkPurpose.Day,
      memberId: occurrenceId,
      subjectId: occurrenceId,
      exp: Math.floor(Date.now() / 1000) + 3600,
    });
    const http = () => request(events.app.getHttpServer());
    const statuses: number[] = [];
    for (let i = 0; i < limit; i++) statuses.push((await http().get(`/day/${token}`).set('Accept', 'application/json')).status);
    expect(statuses).toEqual(Array(limit).fill(404));
    const refused = await http()
      .post(`/day/${token}/topics`)
      .set('Accept', 'application/json')
      .send({ name: 'Bot', title: 'Spam spam spam' });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
  });
});
