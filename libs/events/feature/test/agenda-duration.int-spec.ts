import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { agendaMinutes, getFormat } from '@cercle/events-domain';
import { KnownToken } from '@cercle/platform';
import { createTestDatabase, testRedisUrl, uniquePrefix, waitFor } from '@cercle/testing';
import { CommunityRef } from '../src/entities/community-ref.entity';
import { Series } from '../src/entities/series.entity';
import { EventsTestApp, startEventsApp } from './events-test-app';

describe('an occurrence shorter than its format’s agenda', () => {
  let events: EventsTestApp;
  let token: string;
  const communityId = randomUUID();
  const year = new Date().getUTCFullYear() + 1;
  const minimum = agendaMinutes(getFormat('open-forum'));
  const refusal = {
    statusCode: 422,
    code: 'DURATION_SHORTER_THAN_AGENDA',
    details: { durationMinutes: 120, minimumDurationMinutes: minimum, formatId: 'open-forum' },
  };
  const http = () => request(events.app.getHttpServer());
  const auth = () => ({ Authorization: `Bearer ${token}` });
  const forum = (title: string, durationMinutes?: number) => ({
    communityId,
    title,
    formatId: 'open-forum',
    recurrence: {
      rrule: 'FREQ=MONTHLY;BYDAY=3TH',
      firstDate: `${year}-03-01`,
      startTime: '09:30',
      ...(durationMinutes ? { durationMinutes } : {}),
    },
  });

  beforeAll(async () => {
    events = await startEventsApp({
      databaseUrl: await createTestDatabase('events_agenda_duration'),
      redisUrl: testRedisUrl(),
      queuePrefix: uniquePrefix('events-agenda'),
    });
    token = await events.issueToken(communityId);
    await events.deliver('community.changed', { communityId, name: 'ALLiaNCE', mattermostChannelId: null, defaultLanguage: 'fr' });
    await waitFor(async () => (await events.em().count(CommunityRef, { id: communityId })) && (await events.em().count(KnownToken, {})), {
      description: 'the token and the community to reach the events inbox',
    });
  });

  afterAll(async () => {
    await events?.app.close();
  });

  it('refuses a reschedule, a new series and a series edit whose duration the agenda does not fit, naming the minimum, and changes nothing', async () => {
    const created = await http().post('/series').set(auth()).send(forum('Forum')).expect(201);
    const occurrenceId: string = created.body.occurrence.id;
    const seriesId: string = created.body.series.id;
    const before = (await http().get(`/occurrences/${occurrenceId}`).set(auth()).expect(200)).body;

    const moved = await http()
      .post(`/occurrences/${occurrenceId}/reschedule`)
      .set(auth())
      .send({ localStart: `${year}-04-14T17:30`, durationMinutes: 120 })
      .expect(422);
    expect(moved.body).toMatchObject(refusal);
    expect(moved.body.message).toContain(`needs at least ${minimum} minutes`);
    expect((await http().get(`/occurrences/${occurrenceId}`).set(auth()).expect(200)).body).toMatchObject({
      startsAt: before.startsAt,
      endsAt: before.endsAt,
    });
    // The agenda's own length is accepted: the programme then ends with the occurrence.
    const fits = await http()
      .post(`/occurrences/${occurrenceId}/reschedule`)
      .set(auth())
      .send({ localStart: `${year}-04-14T09:30`, durationMinutes: minimum })
      .expect(200);
    expect(Date.parse(fits.body.occurrence.endsAt) - Date.parse(fits.body.occurrence.startsAt)).toBe(minimum * 60_000);

    expect((await http().post('/series').set(auth()).send(forum('Forum court', 120)).expect(422)).body).toMatchObject(refusal);
    expect(await events.em().count(Series, { title: 'Forum court' })).toBe(0);

    expect((await http().patch(`/series/${seriesId}`).set(auth()).send({ durationMinutes: 120 }).expect(422)).body).toMatchObject(refusal);
    expect((await http().get(`/series/${seriesId}`).set(auth()).expect(200)).body.durationMinutes).toBe(
      getFormat('open-forum').defaultDurationMinutes,
    );
  });
});
