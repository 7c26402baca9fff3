import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { EntityManager } from '@mikro-orm/postgresql';
import { KnownToken } from '@cercle/platform';
import { createTestDatabase, testRedisUrl, uniquePrefix, waitFor } from '@cercle/testing';
import { CommunityRef } from '../src/entities/community-ref.entity';
import { Occurrence } from '../src/entities/occurrence.entity';
import { Series } from '../src/entities/series.entity';
import { OccurrencePlanner } from '../src/lifecycle/occurrence-planner';
import { EventsTestApp, startEventsApp } from './events-test-app';

/** A `hold` job and an organiser's edit may top the same series' horizon up at the same instant. */
describe('the rolling horizon under concurrent top-ups', () => {
  let events: EventsTestApp;
  const communityId = randomUUID();
  const year = new Date().getUTCFullYear() + 1;

  beforeAll(async () => {
    events = await startEventsApp({
      databaseUrl: await createTestDatabase('events_horizon'),
      redisUrl: testRedisUrl(),
      queuePrefix: uniquePrefix('events-hz'),
    });
    const token = await events.issueToken(communityId);
    await events.deliver('community.changed', { communityId, name: 'EIG', mattermostChannelId: null, defaultLanguage: 'fr' });
    await waitFor(async () => (await events.em().count(CommunityRef, { id: communityId })) && (await events.em().count(KnownToken, {})), {
      description: 'the token and the community',
    });
    await request(events.app.getHttpServer())
      .post('/series')
      .set('Authorization', `Bearer ${token}`)
      .send({
        communityId,
        title: 'Groupe',
        formatId: 'peer-group',
        recurrence: { rrule: 'FREQ=MONTHLY;BYDAY=1TU', firstDate: `${year}-01-01`, startTime: '12:30' },
        horizonOccurrences: 1,
      })
      .expect(201);
  });

  afterAll(async () => {
    await events?.app.close();
  });

  it('plans each missing occurrence once, with no transaction failing on the unique (series, key)', async () => {
    const planner = events.app.get(OccurrencePlanner);
    const orm = events.app.get(EntityManager);
    const topUp = () =>
      orm.fork().transactional(async (em) => {
        // A wider horizon read by each, without writing the series row (whose lock would serialise them anyway).
        const series = Object.assign(Object.create(Series.prototype), await em.findOneOrFail(Series, { communityId }), {
          horizonOccurrences: 6,
        }) as Series;
        return (await planner.topUpHorizon(em, series)).length;
      });
    const planned = await Promise.all([topUp(), topUp(), topUp()]);
    const keys = (await events.em().find(Occurrence, { seriesId: (await events.em().findOneOrFail(Series, { communityId })).id })).map(
      (o) => o.key,
    );
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toHaveLength(6);
    expect(planned.reduce((a, b) => a + b, 0)).toBe(5);
  });
});
