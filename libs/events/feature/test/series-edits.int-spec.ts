import { randomUUID } from 'node:crypto';
import request from 'supertest';
import type { Job } from 'bullmq';
import { lifecycleStepJobId, QueueName } from '@cercle/contracts';
import { KnownToken } from '@cercle/platform';
import { createTestDatabase, testRedisUrl, uniquePrefix, waitFor } from '@cercle/testing';
import { CommunityRef } from '../src/entities/community-ref.entity';
import { Occurrence } from '../src/entities/occurrence.entity';
import { EventsTestApp, nthWeekday, startEventsApp } from './events-test-app';

type Brief = { id: string; key: string; startsAt: string };

describe('series edits, exceptions and organiser formats', () => {
  let events: EventsTestApp;
  let token: string;
  const communityId = randomUUID();
  const year = new Date().getUTCFullYear() + 1;
  const http = () => request(events.app.getHttpServer());
  const auth = () => ({ Authorization: `Bearer ${token}` });
  const keys = (list: Brief[]) => list.map((o) => o.key);
  const createSeries = async (body: Record<string, unknown>) =>
    (
      await http()
        .post('/series')
        .set(auth())
        .send({ communityId, ...body })
        .expect(201)
    ).body;
  const occurrencesOf = async (seriesId: string) => (await http().get(`/series/${seriesId}/occurrences`).set(auth()).expect(200)).body;
  const notificationsFor = async (occurrenceId: string): Promise<Job[]> =>
    (await events.notificationJobs()).filter((job) => job.data.payload.occurrence.occurrenceId === occurrenceId);

  beforeAll(async () => {
    events = await startEventsApp({
      databaseUrl: await createTestDatabase('events_edits'),
      redisUrl: testRedisUrl(),
      queuePrefix: uniquePrefix('events-ed'),
    });
    token = await events.issueToken(communityId);
    await events.deliver('community.changed', { communityId, name: 'EIG', mattermostChannelId: 'town-square', defaultLanguage: 'fr' });
    await waitFor(async () => (await events.em().count(CommunityRef, { id: communityId })) && (await events.em().count(KnownToken, {})), {
      description: 'the token and the community to reach the events inbox',
    });
  });

  afterAll(async () => {
    await events?.app.close();
  });

  describe('an edit of the series', () => {
    const [march, april, may] = [3, 4, 5].map((month) => nthWeekday(year, month, 4, 3));
    let seriesId: string;
    let announcedId: string;

    beforeAll(async () => {
      const created = await createSeries({
        title: 'Groupe',
        formatId: 'peer-group',
        location: 'Paris',
        recurrence: { rrule: 'FREQ=MONTHLY;BYDAY=3TH', firstDate: `${year}-03-01`, startTime: '19:00' },
      });
      seriesId = created.series.id;
      announcedId = created.occurrence.id;
      await http().post(`/occurrences/${announcedId}/advance`).set(auth()).expect(200);
    });

    it('moves and re-describes the future occurrences nobody was told about, and leaves the announced one as told', async () => {
      const before = await occurrencesOf(seriesId);
      const res = await http()
        .patch(`/series/${seriesId}`)
        .set(auth())
        .send({ startTime: '18:00', title: 'Groupe du jeudi', location: 'Lyon', capacity: 20 })
        .expect(200);
      expect(keys(res.body.report.updated)).toEqual([april, may]);
      expect(res.body.report.untouched).toEqual([
        expect.objectContaining({ id: announcedId, key: march, status: 'open', reason: expect.stringMatching(/already announced/) }),
      ]);
      expect(res.body.report.planned).toEqual([]);

      const after = await occurrencesOf(seriesId);
      expect(after[0]).toMatchObject({ key: march, startsAt: before[0].startsAt, title: 'Groupe', calendarSequence: 0 });
      expect(after.slice(1).map((o: { localStart: string; title: string }) => [o.localStart, o.title])).toEqual([
        [`${april}T18:00`, 'Groupe du jeudi'],
        [`${may}T18:00`, 'Groupe du jeudi'],
      ]);
      const aprilView = (await http().get(`/occurrences/${after[1].id}`).set(auth()).expect(200)).body;
      expect(aprilView).toMatchObject({ startsAt: `${april}T16:00:00.000Z`, location: 'Lyon', capacity: 20 });
      expect((await http().get(`/occurrences/${announcedId}`).set(auth())).body).toMatchObject({ location: 'Paris', capacity: null });

      const lifecycle = events.queue(QueueName.EventsLifecycle);
      expect(await lifecycle.getJob(lifecycleStepJobId(after[1].id, 'announce'))).toBeUndefined();
      const moved = await waitFor(() => lifecycle.getJob(lifecycleStepJobId(after[1].id, 'announce', 1)), {
        description: "April's moved announce job",
      });
      expect(moved.data.payload.dueAt).toBe(aprilView.timeline.find((s: { step: string }) => s.step === 'announce').dueAt);
      const changed = await waitFor(
        async () =>
          (await events.jobs(QueueName.Membership)).find(
            (j) => j.data.payload.occurrenceId === after[1].id && j.data.payload.capacity === 20,
          ),
        { description: "April's occurrence.changed with the capacity" },
      );
      expect(changed.data.payload.startsAt).toBe(`${april}T16:00:00.000Z`);
      // Nobody had been told about April or May: no notification about the change.
      expect(await notificationsFor(after[1].id)).toEqual([]);
    });

    it('cancels the planned occurrences a new rule no longer produces, plans the new ones, and tells nobody', async () => {
      const res = await http().patch(`/series/${seriesId}`).set(auth()).send({ rrule: 'FREQ=MONTHLY;BYDAY=1TH' }).expect(200);
      expect(keys(res.body.report.cancelled)).toEqual([april, may]);
      expect(keys(res.body.report.planned)).toEqual([3, 4, 5].map((month) => nthWeekday(year, month, 4, 1)));
      const cancelledApril = res.body.report.cancelled[0].id;
      const view = (await http().get(`/occurrences/${cancelledApril}`).set(auth()).expect(200)).body;
      expect(view).toMatchObject({ status: 'cancelled', cancellationReason: 'no longer in the series after an edit' });
      expect(await events.queue(QueueName.EventsLifecycle).getJob(lifecycleStepJobId(cancelledApril, 'announce', 1))).toBeUndefined();
      expect(await notificationsFor(cancelledApril)).toEqual([]);
    });

    it('refuses a rule that gives no date any more, and cancels nothing', async () => {
      const before = (await http().get(`/series/${seriesId}`).set(auth()).expect(200)).body;
      const res = await http().patch(`/series/${seriesId}`).set(auth()).send({ rrule: 'FREQ=YEARLY;BYMONTH=13' }).expect(422);
      expect(res.body.code).toBe('recurrence-exhausted');
      const after = (await http().get(`/series/${seriesId}`).set(auth()).expect(200)).body;
      expect(after.rrule).toBe(before.rrule);
      const planned = await events.em().find(Occurrence, { seriesId, status: { $ne: 'cancelled' }, startsAt: { $gt: new Date() } });
      expect(planned.length).toBeGreaterThan(0);
    });

    it('refuses step offsets out of lifecycle order and leaves the series as it was', async () => {
      const res = await http()
        .patch(`/series/${seriesId}`)
        .set(auth())
        .send({ stepOffsets: { remindParticipants: -10 * 24 * 60 } })
        .expect(400);
      expect(res.body.code).toBe('INVALID_STEP_OFFSETS');
      expect((await http().get(`/series/${seriesId}`).set(auth())).body.stepOffsets).toEqual({});
    });
  });

  describe('exceptions', () => {
    // Open forum every two months on the second Tuesday, from May: May, July, September, November.
    const [mayForum, july, september, november] = [5, 7, 9, 11].map((month) => nthWeekday(year, month, 2, 2));
    let seriesId: string;
    let first: string;

    beforeAll(async () => {
      const created = await createSeries({
        title: 'Rencontres',
        formatId: 'open-forum',
        recurrence: { rrule: 'FREQ=MONTHLY;INTERVAL=2;BYDAY=2TU', firstDate: `${year}-05-01`, startTime: '10:00' },
      });
      seriesId = created.series.id;
      first = created.occurrence.id;
    });

    it('skips a planned date: its occurrence is cancelled without telling anyone and the horizon takes the next one', async () => {
      const res = await http().post(`/series/${seriesId}/exceptions`).set(auth()).send({ type: 'skip', date: july }).expect(200);
      expect(keys(res.body.report.cancelled)).toEqual([july]);
      expect(keys(res.body.report.planned)).toEqual([november]);
      expect(
        (await occurrencesOf(seriesId)).filter((o: { status: string }) => o.status !== 'cancelled').map((o: { key: string }) => o.key),
      ).toEqual([mayForum, september, november]);
      expect((await http().get(`/series/${seriesId}/exceptions`).set(auth()).expect(200)).body).toEqual([{ type: 'skip', date: july }]);
    });

    it('moves a planned occurrence to another day and time, keeping its key', async () => {
      const newLocalStart = `${year}-09-${String(Number(september.slice(8)) + 2).padStart(2, '0')}T14:00`;
      const res = await http()
        .post(`/series/${seriesId}/exceptions`)
        .set(auth())
        .send({ type: 'move', date: september, newLocalStart })
        .expect(200);
      expect(keys(res.body.report.updated)).toEqual([september]);
      const moved = (await occurrencesOf(seriesId)).find((o: { key: string }) => o.key === september);
      expect(moved.localStart).toBe(newLocalStart);
      expect(await notificationsFor(moved.id)).toEqual([]);
    });

    it('moving an announced occurrence reschedules it: a calendar update to whoever holds it, and the channel', async () => {
      await http().post(`/occurrences/${first}/advance`).set(auth()).expect(200);
      const newLocalStart = `${mayForum}T09:30`;
      const res = await http()
        .post(`/series/${seriesId}/exceptions`)
        .set(auth())
        .send({ type: 'move', date: mayForum, newLocalStart })
        .expect(200);
      expect(keys(res.body.report.updated)).toEqual([mayForum]);
      const update = await waitFor(async () => (await notificationsFor(first)).find((job) => job.data.payload.kind === 'reschedule'), {
        description: 'the reschedule notification',
      });
      // Nobody registered, but the announcement put it in members' calendars: notifications resolves who holds it.
      expect(update.data.payload).toMatchObject({
        audience: { type: 'calendarHolders', occurrenceId: first, alsoMemberIds: [] },
        emails: true,
        channelPost: true,
        occurrence: { calendarSequence: 1 },
      });
      expect(update.data.payload.occurrence.agenda[0].localStart).toBe('09:30');
    });

    it('drops an exception without reviving the occurrence it cancelled, and refuses a date the rule never produces', async () => {
      const res = await http().delete(`/series/${seriesId}/exceptions/${july}`).set(auth()).expect(200);
      expect(res.body.report.planned).toEqual([]);
      expect((await occurrencesOf(seriesId)).find((o: { key: string }) => o.key === july).status).toBe('cancelled');
      const exceptions = (await http().get(`/series/${seriesId}/exceptions`).set(auth())).body;
      expect(exceptions.map((e: { date: string }) => e.date)).toEqual([mayForum, september]);
      // Dropping the move of an occurrence nobody was told about puts it back on the rule's day and time.
      const restored = await http().delete(`/series/${seriesId}/exceptions/${september}`).set(auth()).expect(200);
      expect(keys(restored.body.report.updated)).toEqual([september]);
      expect((await occurrencesOf(seriesId)).find((o: { key: string }) => o.key === september).localStart).toBe(`${september}T10:00`);
      const wrong = await http()
        .post(`/series/${seriesId}/exceptions`)
        .set(auth())
        .send({ type: 'skip', date: `${year}-06-01` })
        .expect(400);
      expect(wrong.body.code).toBe('INVALID_RECURRENCE');
    });
  });

  describe('organiser formats', () => {
    const lunchTalk = {
      name: { fr: 'Midi conférence', en: 'Lunch talk' },
      defaultDurationMinutes: 60,
      defaultStartTime: '12:00',
      agenda: [
        { title: { fr: 'Accueil', en: 'Welcome' }, offsetMinutes: 0, durationMinutes: 10 },
        { title: { fr: 'Exposé', en: 'Talk' }, offsetMinutes: 10, durationMinutes: 50 },
      ],
    };

    it('refuses an agenda with overlapping slots, with the path of the slot at fault', async () => {
      const overlapping = {
        ...lunchTalk,
        agenda: [lunchTalk.agenda[0], { ...lunchTalk.agenda[1], offsetMinutes: 5, durationMinutes: 20 }],
      };
      const res = await http().post('/formats').set(auth()).send(overlapping).expect(400);
      expect(res.body.issues.map((issue: { path: string }) => issue.path)).toContain('agenda.1');
    });

    it("lists an organiser's format only to them, and runs a series on it with real clock times", async () => {
      const format = (await http().post('/formats').set(auth()).send(lunchTalk).expect(201)).body;
      expect((await http().get('/formats').expect(200)).body.map((f: { id: string }) => f.id)).toEqual(['open-forum', 'peer-group']);
      expect((await http().get('/formats').set(auth()).expect(200)).body.map((f: { id: string }) => f.id)).toEqual([
        'open-forum',
        'peer-group',
        format.id,
      ]);

      const created = await createSeries({
        title: 'Midi',
        formatId: format.id,
        capacity: 30,
        recurrence: { rrule: 'FREQ=WEEKLY;BYDAY=TU', firstDate: `${year}-03-01`, startTime: '12:15' },
      });
      expect(created.occurrence).toMatchObject({ format: { id: format.id, name: lunchTalk.name }, capacity: 30 });
      expect(
        created.occurrence.agenda.map((item: { localStart: string; localEnd: string }) => `${item.localStart}-${item.localEnd}`),
      ).toEqual(['12:15-12:25', '12:25-13:15']);
      await http().post(`/occurrences/${created.occurrence.id}/advance`).set(auth()).expect(200);
      const announcement = await waitFor(async () => (await notificationsFor(created.occurrence.id))[0], {
        description: 'the announcement',
      });
      expect(announcement.data.payload.occurrence).toMatchObject({ formatId: format.id, formatName: lunchTalk.name });

      // A co-organiser of the same community: the format is still the other organiser's own.
      const stranger = await events.issueToken(communityId);
      const refused = await http()
        .post('/series')
        .set({ Authorization: `Bearer ${stranger}` })
        .send({
          communityId,
          title: 'x',
          formatId: format.id,
          recurrence: { rrule: 'FREQ=WEEKLY', firstDate: `${year}-03-01`, startTime: '12:00' },
        })
        .expect(400);
      expect(refused.body.code).toBe('UNKNOWN_FORMAT');
    });
  });
});
