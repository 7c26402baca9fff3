import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { KnownToken } from '@cercle/platform';
import { createTestDatabase, nonIsoTimes, testRedisUrl, uniquePrefix, waitFor } from '@cercle/testing';
import { CommunityRef } from '../src/entities/community-ref.entity';
import { Series } from '../src/entities/series.entity';
import { EventsTestApp, startEventsApp } from './events-test-app';

/** The last Sunday of a month, by plain arithmetic: the EU changes its clocks then (March forward, October back). */
function lastSunday(year: number, month: number): number {
  const lastDay = new Date(Date.UTC(year, month, 0));
  return lastDay.getUTCDate() - lastDay.getUTCDay();
}

describe('local times the clocks skip or show twice are refused with the nearest valid ones', () => {
  let events: EventsTestApp;
  let token: string;
  const communityId = randomUUID();
  const year = new Date().getUTCFullYear() + 1;
  const spring = `${year}-03-${lastSunday(year, 3)}`;
  const autumn = `${year}-10-${lastSunday(year, 10)}`;
  // In Paris the spring change is at 01:00Z (02:00 → 03:00) and the autumn one at 01:00Z (03:00 → 02:00).
  const skipped = {
    localDateTime: `${spring}T02:30`,
    timeZone: 'Europe/Paris',
    nearest: [
      { localDateTime: `${spring}T01:30`, offset: '+01:00', startsAt: `${spring}T00:30:00.000Z` },
      { localDateTime: `${spring}T03:30`, offset: '+02:00', startsAt: `${spring}T01:30:00.000Z` },
    ],
  };
  const repeated = {
    localDateTime: `${autumn}T02:30`,
    timeZone: 'Europe/Paris',
    nearest: [
      { localDateTime: `${autumn}T02:30`, offset: '+02:00', startsAt: `${autumn}T00:30:00.000Z` },
      { localDateTime: `${autumn}T02:30`, offset: '+01:00', startsAt: `${autumn}T01:30:00.000Z` },
    ],
  };
  const http = () => request(events.app.getHttpServer());
  const auth = () => ({ Authorization: `Bearer ${token}` });
  /** A series meeting once a year on the last Sunday of March at 19:00. */
  const createSeries = async (title: string) =>
    (
      await http()
        .post('/series')
        .set(auth())
        .send({
          communityId,
          title,
          formatId: 'peer-group',
          recurrence: { rrule: 'FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU', firstDate: `${year}-03-01`, startTime: '19:00' },
        })
        .expect(201)
    ).body as { series: { id: string }; occurrence: { id: string; key: string } };

  beforeAll(async () => {
    events = await startEventsApp({
      databaseUrl: await createTestDatabase('events_local_times'),
      redisUrl: testRedisUrl(),
      queuePrefix: uniquePrefix('events-lt'),
    });
    token = await events.issueToken(communityId);
    await events.deliver('community.changed', { communityId, name: 'EIG', mattermostChannelId: null, defaultLanguage: 'fr' });
    await waitFor(async () => (await events.em().count(CommunityRef, { id: communityId })) && (await events.em().count(KnownToken, {})), {
      description: 'the token and the community to reach the events inbox',
    });
  });

  afterAll(async () => {
    await events?.app.close();
  });

  it('refuses a series starting in the spring-forward gap, and one starting in the autumn overlap, writing nothing', async () => {
    const body = (firstDate: string) => ({
      communityId,
      title: 'Nuit blanche',
      formatId: 'peer-group',
      recurrence: { rrule: 'FREQ=WEEKLY;BYDAY=SU', firstDate, startTime: '02:30', timeZone: 'Europe/Paris' },
    });
    const gap = await http().post('/series').set(auth()).send(body(spring)).expect(400);
    expect(gap.body).toEqual({
      statusCode: 400,
      code: 'LOCAL_TIME_NONEXISTENT',
      message: `${spring}T02:30 does not exist in Europe/Paris: the clocks go forward that night and skip it. Nearest valid times: ${spring}T01:30 (UTC+01:00) or ${spring}T03:30 (UTC+02:00).`,
      details: skipped,
    });
    const overlap = await http().post('/series').set(auth()).send(body(autumn)).expect(400);
    expect(overlap.body).toMatchObject({ statusCode: 400, code: 'LOCAL_TIME_AMBIGUOUS', details: repeated });
    expect(overlap.body.message).toContain(`${autumn}T02:30 UTC+02:00 (the first time`);
    expect(overlap.body.message).toContain(`${autumn}T02:30 UTC+01:00 (the second time`);
    expect(await events.em().count(Series, { title: 'Nuit blanche' })).toBe(0);
  });

  it('tells in the creation answer what it decided about the dates: a date in the spring gap, a past firstDate, and advice for a time shown twice that startTime accepts', async () => {
    const weekly = (firstDate: string, startTime: string) => ({
      communityId,
      title: 'Dimanches',
      formatId: 'peer-group',
      horizonOccurrences: 4,
      recurrence: { rrule: 'FREQ=WEEKLY;BYDAY=SU', firstDate, startTime, timeZone: 'Europe/Paris' },
    });
    const twoWeeksBefore = new Date(Date.parse(`${spring}T12:00:00Z`) - 14 * 86_400_000).toISOString().slice(0, 10);
    const gap = await http().post('/series').set(auth()).send(weekly(twoWeeksBefore, '02:30')).expect(201);
    expect(gap.body.notes).toEqual([
      `${spring}: 02:30 does not exist in Europe/Paris (the clocks go forward that night): that occurrence starts at 03:30.`,
    ]);

    const past = await http()
      .post('/series')
      .set(auth())
      .send(weekly(`${year - 2}-01-04`, '19:00'))
      .expect(201);
    expect(past.body.notes).toEqual([
      expect.stringMatching(
        new RegExp(`^firstDate ${year - 2}-01-04 is past: the series starts at its next date, ${past.body.occurrence.key}`),
      ),
    ]);

    const overlap = await http().post('/series').set(auth()).send(weekly(autumn, '02:30')).expect(400);
    expect(overlap.body.code).toBe('LOCAL_TIME_AMBIGUOUS');
    expect(overlap.body.message).not.toContain('Add the offset');
    expect(overlap.body.message).toContain('choose another startTime, or a firstDate after that night');
    expect(overlap.body.message).toContain(`"localStart": "${autumn}T02:30+01:00"`);
  });

  it('refuses an edit that moves the start of the series into the gap, and keeps the series as it was', async () => {
    const { series } = await createSeries('Édition');
    const refused = await http().patch(`/series/${series.id}`).set(auth()).send({ startTime: '02:30' }).expect(400);
    expect(refused.body).toMatchObject({ code: 'LOCAL_TIME_NONEXISTENT', details: skipped });
    expect((await http().get(`/series/${series.id}`).set(auth()).expect(200)).body.startTime).toBe('19:00');
    await http().patch(`/series/${series.id}`).set(auth()).send({ startTime: '03:30' }).expect(200);
    const [first] = (await http().get(`/series/${series.id}/occurrences`).set(auth()).expect(200)).body;
    expect(first).toMatchObject({ key: spring, localStart: `${spring}T03:30`, startsAt: `${spring}T01:30:00.000Z` });
  });

  it('refuses to move a date of the series to a time shown twice, and records no exception', async () => {
    const { series, occurrence } = await createSeries('Exception');
    const refused = await http()
      .post(`/series/${series.id}/exceptions`)
      .set(auth())
      .send({ type: 'move', date: occurrence.key, newLocalStart: `${autumn}T02:30` })
      .expect(400);
    expect(refused.body).toMatchObject({ code: 'LOCAL_TIME_AMBIGUOUS', details: repeated });
    expect((await http().get(`/series/${series.id}/exceptions`).set(auth()).expect(200)).body).toEqual([]);
    // With the offset the error offered, the second reading is taken, and kept with its offset.
    const second = repeated.nearest[1];
    await http()
      .post(`/series/${series.id}/exceptions`)
      .set(auth())
      .send({ type: 'move', date: occurrence.key, newLocalStart: `${autumn}T02:30${second.offset}` })
      .expect(200);
    expect((await http().get(`/occurrences/${occurrence.id}`).set(auth()).expect(200)).body).toMatchObject({
      localStart: `${second.localDateTime}${second.offset}`,
      startsAt: second.startsAt,
    });
    expect((await http().get(`/series/${series.id}/exceptions`).set(auth()).expect(200)).body).toEqual([
      { type: 'move', date: occurrence.key, newLocalStart: `${autumn}T02:30${second.offset}` },
    ]);
    const wrong = await http()
      .post(`/series/${series.id}/exceptions`)
      .set(auth())
      .send({ type: 'move', date: occurrence.key, newLocalStart: `${autumn}T12:00+02:00` })
      .expect(400);
    expect(wrong.body).toMatchObject({
      code: 'LOCAL_TIME_WRONG_OFFSET',
      details: { nearest: [{ localDateTime: `${autumn}T12:00`, offset: '+01:00' }] },
    });
  });

  it('refuses a reschedule to a skipped local time, and takes either reading given as an instant with its offset', async () => {
    const { occurrence } = await createSeries('Report');
    const refused = await http()
      .post(`/occurrences/${occurrence.id}/reschedule`)
      .set(auth())
      .send({ localStart: `${spring}T02:30` })
      .expect(400);
    expect(refused.body).toMatchObject({ code: 'LOCAL_TIME_NONEXISTENT', details: skipped });
    const ambiguous = await http()
      .post(`/occurrences/${occurrence.id}/reschedule`)
      .set(auth())
      .send({ localStart: `${autumn}T02:30` })
      .expect(400);
    expect(ambiguous.body).toMatchObject({ code: 'LOCAL_TIME_AMBIGUOUS', details: repeated });
    // The second reading, given as the instant the error offered: accepted as is.
    const second = repeated.nearest[1];
    const moved = await http()
      .post(`/occurrences/${occurrence.id}/reschedule`)
      .set(auth())
      .send({ startsAt: `${autumn}T02:30:00${second.offset}` })
      .expect(200);
    // The local start says which reading it is, so that it reads back to the same instant.
    expect(moved.body.occurrence).toMatchObject({ startsAt: second.startsAt, localStart: `${second.localDateTime}${second.offset}` });
    const first = repeated.nearest[0];
    const back = await http()
      .post(`/occurrences/${occurrence.id}/reschedule`)
      .set(auth())
      .send({ localStart: `${autumn}T02:30${first.offset}` })
      .expect(200);
    expect(back.body.occurrence).toMatchObject({ startsAt: first.startsAt, localStart: `${first.localDateTime}${first.offset}` });
  });

  it('keeps a reschedule to the second time round of the autumn night when the series is edited afterwards', async () => {
    const { series, occurrence } = await createSeries('Report puis édition');
    const second = repeated.nearest[1];
    await http().post(`/occurrences/${occurrence.id}/reschedule`).set(auth()).send({ startsAt: second.startsAt }).expect(200);
    // The edit re-times every occurrence nobody was told about from the rule and its exceptions.
    await http().patch(`/series/${series.id}`).set(auth()).send({ durationMinutes: 100 }).expect(200);
    expect((await http().get(`/occurrences/${occurrence.id}`).set(auth()).expect(200)).body).toMatchObject({ startsAt: second.startsAt });
  });

  it('answers every time of the series, its occurrences, exceptions and changes in ISO 8601', async () => {
    const { series, occurrence } = await createSeries('Toutes les heures');
    const answers = {
      created: occurrence,
      exception: (
        await http()
          .post(`/series/${series.id}/exceptions`)
          .set(auth())
          .send({ type: 'move', date: occurrence.key, newLocalStart: `${autumn}T02:30+01:00` })
          .expect(200)
      ).body,
      rescheduled: (
        await http()
          .post(`/occurrences/${occurrence.id}/reschedule`)
          .set(auth())
          .send({ localStart: `${autumn}T02:30+02:00`, durationMinutes: 90 })
          .expect(200)
      ).body,
      edited: (await http().patch(`/series/${series.id}`).set(auth()).send({ startTime: '18:30' }).expect(200)).body,
      series: (await http().get(`/series/${series.id}`).set(auth()).expect(200)).body,
      occurrences: (await http().get(`/series/${series.id}/occurrences`).set(auth()).expect(200)).body,
      exceptions: (await http().get(`/series/${series.id}/exceptions`).set(auth()).expect(200)).body,
      occurrence: (await http().get(`/occurrences/${occurrence.id}`).set(auth()).expect(200)).body,
      cancelled: (await http().post(`/occurrences/${occurrence.id}/cancel`).set(auth()).send({ reason: 'salle indisponible' }).expect(200))
        .body,
    };
    expect(answers.exceptions).toEqual([{ type: 'move', date: occurrence.key, newLocalStart: `${autumn}T02:30+02:00` }]);
    expect(nonIsoTimes(answers)).toEqual([]);
  });
});
