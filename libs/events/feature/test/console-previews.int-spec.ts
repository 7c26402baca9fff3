import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { KnownToken } from '@cercle/platform';
import { createTestDatabase, testRedisUrl, uniquePrefix, waitFor } from '@cercle/testing';
import { CommunityRef } from '../src/entities/community-ref.entity';
import { RegistrationAnswer } from '../src/entities/registration-answer.entity';
import { Series } from '../src/entities/series.entity';
import { EventsTestApp, startEventsApp } from './events-test-app';

/** The two previews the organiser console shows before a change: a new series' dates, and who a change would tell. */
describe('previews for the console: a new series, and who a change would tell', () => {
  let events: EventsTestApp;
  let token: string;
  let strangerToken: string;
  const communityId = randomUUID();
  const otherCommunityId = randomUUID();
  const year = new Date().getUTCFullYear() + 1;
  const http = () => request(events.app.getHttpServer());
  const auth = (t = token) => ({ Authorization: `Bearer ${t}` });
  const recurrence = { rrule: 'FREQ=MONTHLY;BYDAY=2TH', firstDate: `${year}-02-01`, startTime: '12:30' };

  beforeAll(async () => {
    events = await startEventsApp({
      databaseUrl: await createTestDatabase('events_console_previews'),
      redisUrl: testRedisUrl(),
      queuePrefix: uniquePrefix('events-cp'),
    });
    token = await events.issueToken(communityId);
    strangerToken = await events.issueToken(otherCommunityId);
    for (const id of [communityId, otherCommunityId])
      await events.deliver('community.changed', { communityId: id, name: 'EIG', mattermostChannelId: null, defaultLanguage: 'fr' });
    await waitFor(async () => (await events.em().count(CommunityRef, {})) === 2 && (await events.em().count(KnownToken, {})) === 2, {
      description: 'the tokens and the communities to reach the events inbox',
    });
  });

  afterAll(async () => {
    await events?.app.close();
  });

  it("previews a series' next dates across the spring clock change, its agenda and step times, and writes nothing", async () => {
    const res = await http()
      .post('/series/preview')
      .set(auth())
      .send({ communityId, formatId: 'peer-group', recurrence, count: 4 })
      .expect(200);
    const dates = res.body.dates as Array<{ localStart: string; utcOffset: string; offsetChanged: boolean }>;
    expect(dates).toHaveLength(4);
    expect(dates.every((d) => d.localStart.endsWith('T12:30'))).toBe(true);
    // February and March are in winter time, April in summer time: the change is flagged on the first April date.
    expect(dates.map((d) => d.utcOffset)).toEqual(['+01:00', '+01:00', '+02:00', '+02:00']);
    expect(dates.map((d) => d.offsetChanged)).toEqual([false, false, true, false]);
    expect(res.body.agenda[0].localStart).toBe('12:30');
    expect(res.body.steps.map((s: { step: string }) => s.step)).toContain('announce');
    expect(await events.em().count(Series, {})).toBe(0);
  });

  it('refuses a preview with field paths for a bad recurrence, and hides another community', async () => {
    const bad = await http()
      .post('/series/preview')
      .set(auth())
      .send({ communityId, formatId: 'peer-group', recurrence: { ...recurrence, startTime: '25:00' } })
      .expect(400);
    expect(bad.body.issues.map((issue: { path: string }) => issue.path)).toContain('recurrence.startTime');
    await http().post('/series/preview').set(auth(strangerToken)).send({ communityId, formatId: 'peer-group', recurrence }).expect(404);
  });

  it('tells nobody before the announcement, then the calendar holders, every registrant and the channel', async () => {
    const created = await http()
      .post('/series')
      .set(auth())
      .send({ communityId, title: 'Groupe de partage', formatId: 'peer-group', location: 'Paris', recurrence })
      .expect(201);
    const occurrenceId = created.body.occurrence.id as string;
    const before = await http().get(`/occurrences/${occurrenceId}/change-audience?kind=cancellation`).set(auth()).expect(200);
    expect(before.body).toMatchObject({ announced: false, memberIds: [], channel: false });

    await http().post(`/occurrences/${occurrenceId}/advance`).set(auth()).expect(200);
    const [yes, waiting, declined] = [randomUUID(), randomUUID(), randomUUID()];
    const answers: Array<[string, 'yes' | 'no', 'confirmed' | 'waitlisted' | 'declined']> = [
      [yes, 'yes', 'confirmed'],
      [waiting, 'yes', 'waitlisted'],
      [declined, 'no', 'declined'],
    ];
    for (const [memberId, answer, status] of answers)
      await events.deliver('registration.recorded', {
        registrationId: randomUUID(),
        occurrenceId,
        memberId,
        memberName: 'M',
        answer,
        status,
        waitlistPosition: status === 'waitlisted' ? 1 : null,
        promoted: false,
        topic: null,
      });
    await waitFor(async () => (await events.em().count(RegistrationAnswer, { occurrenceId })) === 3, { description: 'the three answers' });

    const after = await http().get(`/occurrences/${occurrenceId}/change-audience?kind=reschedule`).set(auth()).expect(200);
    expect(after.body).toMatchObject({ kind: 'reschedule', announced: true, calendarHolders: true, channel: true });
    expect([...after.body.memberIds].sort()).toEqual([yes, waiting].sort());
    await http().get(`/occurrences/${occurrenceId}/change-audience?kind=party`).set(auth()).expect(400);
    await http().get(`/occurrences/${occurrenceId}/change-audience?kind=cancellation`).set(auth(strangerToken)).expect(404);
  });
});
