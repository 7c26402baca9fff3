import { randomUUID } from 'node:crypto';
import request from 'supertest';
import type { Job } from 'bullmq';
import { lifecycleStepJobId, messageCatalog, QueueName } from '@cercle/contracts';
import { KnownToken } from '@cercle/platform';
import { createTestDatabase, testRedisUrl, uniquePrefix, waitFor } from '@cercle/testing';
import { CommunityRef } from '../src/entities/community-ref.entity';
import { RegistrationAnswer } from '../src/entities/registration-answer.entity';
import { EventsTestApp, nthWeekday, startEventsApp } from './events-test-app';

type TimelineEntry = { step: string; state: string; dueAt: string; outcome: string | null };

describe('rescheduling and cancelling an occurrence', () => {
  let events: EventsTestApp;
  let token: string;
  const communityId = randomUUID();
  const year = new Date().getUTCFullYear() + 1;
  const march = nthWeekday(year, 3, 4, 3);
  const april = nthWeekday(year, 4, 4, 3);
  const [yes, maybe, no, waiting] = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];
  const http = () => request(events.app.getHttpServer());
  const auth = () => ({ Authorization: `Bearer ${token}` });
  const lifecycle = () => events.queue(QueueName.EventsLifecycle);
  let occurrenceId: string;
  let seriesId: string;

  const notifications = async (occurrence: string, kind: string): Promise<Job[]> =>
    (await events.notificationJobs()).filter(
      (job) => job.data.payload.occurrence.occurrenceId === occurrence && job.data.payload.kind === kind,
    );
  const timelineOf = async (occurrence: string) =>
    Object.fromEntries(
      ((await http().get(`/occurrences/${occurrence}`).set(auth()).expect(200)).body.timeline as TimelineEntry[]).map((s) => [s.step, s]),
    );
  /** A step-due job as a relay would enqueue it, for a job that a reschedule or a cancellation left behind. */
  const leftBehindJob = async (occurrence: string, step: string, dueAt: string) => {
    const data = {
      messageId: randomUUID(),
      name: 'lifecycle.step-due',
      version: messageCatalog['lifecycle.step-due'].version,
      occurredAt: new Date().toISOString(),
      payload: { occurrenceId: occurrence, step, dueAt },
    };
    const job = await lifecycle().add('lifecycle.step-due', data, { jobId: `left-behind-${data.messageId}` });
    await waitFor(async () => (await lifecycle().getJob(job.id!))?.finishedOn, { description: 'the left-behind job to run' });
    expect((await lifecycle().getJob(job.id!))?.failedReason).toBeUndefined();
  };
  const register = async (
    occurrence: string,
    memberId: string,
    answer: 'yes' | 'no' | 'maybe',
    status: 'confirmed' | 'waitlisted' | 'declined',
  ) =>
    events.deliver('registration.recorded', {
      registrationId: randomUUID(),
      occurrenceId: occurrence,
      memberId,
      memberName: 'M',
      answer,
      status,
      waitlistPosition: status === 'waitlisted' ? 1 : null,
      promoted: false,
      topic: null,
    });

  beforeAll(async () => {
    events = await startEventsApp({
      databaseUrl: await createTestDatabase('events_changes'),
      redisUrl: testRedisUrl(),
      queuePrefix: uniquePrefix('events-ch'),
    });
    token = await events.issueToken(communityId);
    await events.deliver('community.changed', { communityId, name: 'EIG', mattermostChannelId: 'town-square', defaultLanguage: 'fr' });
    await waitFor(async () => (await events.em().count(CommunityRef, { id: communityId })) && (await events.em().count(KnownToken, {})), {
      description: 'the token and the community to reach the events inbox',
    });
    const res = await http()
      .post('/series')
      .set(auth())
      .send({
        communityId,
        title: 'Groupe de partage',
        formatId: 'peer-group',
        location: 'Paris',
        recurrence: { rrule: 'FREQ=MONTHLY;BYDAY=3TH', firstDate: `${year}-03-01`, startTime: '19:00' },
      })
      .expect(201);
    occurrenceId = res.body.occurrence.id;
    seriesId = res.body.series.id;
    await http().post(`/occurrences/${occurrenceId}/advance`).set(auth()).expect(200);
    await register(occurrenceId, yes, 'yes', 'confirmed');
    await register(occurrenceId, maybe, 'maybe', 'confirmed');
    await register(occurrenceId, no, 'no', 'declined');
    await register(occurrenceId, waiting, 'yes', 'waitlisted');
    await waitFor(async () => (await events.em().count(RegistrationAnswer, { occurrenceId })) === 4, { description: 'the four answers' });
  });

  afterAll(async () => {
    await events?.app.close();
  });

  it('moves the pending step jobs and tells the registrants with a higher calendar sequence and the previous start', async () => {
    const before = await timelineOf(occurrenceId);
    // 18:30 on the first Tuesday of April, after the clocks went forward (last Sunday of March): 16:30Z.
    const newDay = nthWeekday(year, 4, 2, 1);
    const res = await http()
      .post(`/occurrences/${occurrenceId}/reschedule`)
      .set(auth())
      .send({ localStart: `${newDay}T18:30` })
      .expect(200);
    const newStart = new Date(`${newDay}T16:30:00.000Z`);
    const dayBefore = new Date(newStart.getTime() - 24 * 3600_000).toISOString();
    expect(res.body.occurrence).toMatchObject({
      key: march,
      startsAt: newStart.toISOString(),
      localStart: `${newDay}T18:30`,
      calendarSequence: 1,
      previousStartsAt: `${march}T18:00:00.000Z`,
      registrationClosesAt: dayBefore,
    });
    expect(res.body.told).toMatch(/^whoever holds it in their calendar, 3 registrant\(s\) and the channel/);
    const after = Object.fromEntries((res.body.occurrence.timeline as TimelineEntry[]).map((s) => [s.step, s]));
    expect(after.closeRegistration).toMatchObject({ state: 'pending', dueAt: dayBefore });
    expect(after.announce).toEqual(before.announce);

    for (const step of ['remindContributors', 'closeRegistration', 'archiveNotes'] as const) {
      expect(await lifecycle().getJob(lifecycleStepJobId(occurrenceId, step))).toBeUndefined();
      const moved = await waitFor(() => lifecycle().getJob(lifecycleStepJobId(occurrenceId, step, 1)), {
        description: `the moved ${step} job`,
      });
      expect(await moved.isDelayed()).toBe(true);
      expect(moved.data.payload.dueAt).toBe(after[step].dueAt);
      expect(moved.timestamp + (moved.opts.delay ?? 0)).toBeGreaterThanOrEqual(Date.parse(after[step].dueAt) - 1000);
    }

    const [announcement] = await notifications(occurrenceId, 'announcement');
    const [update] = await waitFor(
      async () => (await notifications(occurrenceId, 'reschedule')).length === 1 && notifications(occurrenceId, 'reschedule'),
      {
        description: 'the reschedule notification',
      },
    );
    expect(update.data.payload).toMatchObject({ emails: true, channelPost: true, links: { register: true } });
    // Whoever holds it in their calendar (notifications resolves them), and the registrants, waiting list included.
    expect(update.data.payload.audience).toMatchObject({ type: 'calendarHolders', occurrenceId });
    expect([...update.data.payload.audience.alsoMemberIds].sort()).toEqual([yes, maybe, waiting].sort());
    expect(update.data.payload.occurrence.calendarSequence).toBeGreaterThan(announcement.data.payload.occurrence.calendarSequence);
    expect(update.data.payload.occurrence).toMatchObject({ startsAt: newStart.toISOString(), previousStartsAt: `${march}T18:00:00.000Z` });
    expect(update.data.payload.occurrence.agenda[0]).toMatchObject({ localStart: '18:30' });
  });

  it('refuses to move it onto another session of the series, and leaves it where it was', async () => {
    const before = (await http().get(`/occurrences/${occurrenceId}`).set(auth()).expect(200)).body;
    // April's session of the series is at 19:00 on its third Thursday; 19:30 falls inside it.
    const res = await http()
      .post(`/occurrences/${occurrenceId}/reschedule`)
      .set(auth())
      .send({ localStart: `${april}T19:30` })
      .expect(409);
    expect(res.body.code).toBe('occurrence-overlap');
    const after = (await http().get(`/occurrences/${occurrenceId}`).set(auth()).expect(200)).body;
    expect(after.startsAt).toBe(before.startsAt);
    expect(after.calendarSequence).toBe(before.calendarSequence);
  });

  it('runs nothing for a job that a reschedule left behind (its due time no longer matches)', async () => {
    await leftBehindJob(occurrenceId, 'remindContributors', `${march}T18:00:00.000Z`);
    expect((await timelineOf(occurrenceId)).remindContributors.state).toBe('pending');
  });

  it('cancels: pending steps stop and their jobs go, registrants and the channel are told once, and a job that still runs sends nothing', async () => {
    const res = await http().post(`/occurrences/${occurrenceId}/cancel`).set(auth()).send({ reason: 'Salle indisponible' }).expect(200);
    expect(res.body.occurrence).toMatchObject({ status: 'cancelled', calendarSequence: 2, cancellationReason: 'Salle indisponible' });
    const timeline = res.body.occurrence.timeline as TimelineEntry[];
    expect(
      timeline
        .filter((s) => !['plan', 'announce'].includes(s.step))
        .every((s) => s.state === 'skipped' && s.outcome === 'stopped: occurrence cancelled'),
    ).toBe(true);
    for (const step of ['remindContributors', 'remindParticipants', 'hold'] as const) {
      expect(await lifecycle().getJob(lifecycleStepJobId(occurrenceId, step, 1))).toBeUndefined();
    }

    const [cancellation] = await waitFor(
      async () => (await notifications(occurrenceId, 'cancellation')).length === 1 && notifications(occurrenceId, 'cancellation'),
      {
        description: 'the cancellation notification',
      },
    );
    expect(cancellation.data.payload).toMatchObject({
      emails: true,
      channelPost: true,
      occurrence: { calendarSequence: 2, cancellationReason: 'Salle indisponible' },
    });
    expect(cancellation.data.payload.audience).toMatchObject({ type: 'calendarHolders', occurrenceId });
    expect([...cancellation.data.payload.audience.alsoMemberIds].sort()).toEqual([yes, maybe, waiting].sort());
    const changed = await waitFor(
      async () =>
        (await events.jobs(QueueName.Membership)).find(
          (job) => job.data.payload.occurrenceId === occurrenceId && job.data.payload.status === 'cancelled',
        ),
      { description: 'occurrence.changed cancelled' },
    );
    expect(changed.data.payload.registrationOpen).toBe(false);

    await leftBehindJob(occurrenceId, 'remindParticipants', timeline.find((s) => s.step === 'remindParticipants')!.dueAt);
    const again = await http().post(`/occurrences/${occurrenceId}/cancel`).set(auth()).send({ reason: 'encore' }).expect(200);
    expect(again.body.told).toBe('nobody (already cancelled)');
    await http()
      .post(`/occurrences/${occurrenceId}/reschedule`)
      .set(auth())
      .send({ localStart: `${april}T19:00` })
      .expect(409);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await notifications(occurrenceId, 'cancellation')).toHaveLength(1);
    expect(await notifications(occurrenceId, 'participantReminder')).toHaveLength(0);
  });

  it('sends one participant reminder to those who said yes or maybe, with the register link, when the step is run twice', async () => {
    const { body } = await http().get(`/series/${seriesId}/occurrences`).set(auth()).expect(200);
    const next = body.find((o: { key: string }) => o.key === april);
    await register(next.id, yes, 'yes', 'confirmed');
    await register(next.id, waiting, 'yes', 'waitlisted');
    await waitFor(async () => (await events.em().count(RegistrationAnswer, { occurrenceId: next.id })) === 2, {
      description: 'the answers',
    });
    const ran: string[] = [];
    while (!ran.includes('remindParticipants')) {
      ran.push(
        ...(await http().post(`/occurrences/${next.id}/advance`).set(auth()).expect(200)).body.ran.map((r: { step: string }) => r.step),
      );
    }
    const job = await lifecycle().getJob(lifecycleStepJobId(next.id, 'remindParticipants'));
    await job!.promote();
    await waitFor(async () => (await lifecycle().getJob(job!.id!))?.finishedOn, { description: 'the promoted job to run' });

    const reminders = await waitFor(
      async () => (await notifications(next.id, 'participantReminder')).length === 1 && notifications(next.id, 'participantReminder'),
      {
        description: 'the participant reminder',
      },
    );
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await notifications(next.id, 'participantReminder')).toHaveLength(1);
    expect(reminders[0].data.payload).toMatchObject({
      audience: { type: 'members', memberIds: [yes] },
      emails: true,
      links: { register: true },
    });
    expect(reminders[0].data.payload.occurrence.agenda.map((item: { title: { fr: string } }) => item.title.fr)).toEqual([
      'Introduction',
      'Tour de table',
      'Échange',
      'Anticipation',
    ]);
  });
});
