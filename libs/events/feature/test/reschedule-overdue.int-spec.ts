import { randomUUID } from 'node:crypto';
import request from 'supertest';
import type { Job } from 'bullmq';
import { QueueName } from '@cercle/contracts';
import { KnownToken } from '@cercle/platform';
import { createTestDatabase, testRedisUrl, uniquePrefix, waitFor } from '@cercle/testing';
import { CommunityRef } from '../src/entities/community-ref.entity';
import { RegistrationAnswer } from '../src/entities/registration-answer.entity';
import { EventsTestApp, startEventsApp } from './events-test-app';

describe('rescheduling into the last days before an occurrence', () => {
  let events: EventsTestApp;
  let token: string;
  const communityId = randomUUID();
  const attendee = randomUUID();
  const year = new Date().getUTCFullYear() + 1;
  const http = () => request(events.app.getHttpServer());
  const auth = () => ({ Authorization: `Bearer ${token}` });
  const notifications = async (occurrenceId: string, kind: string): Promise<Job[]> =>
    (await events.notificationJobs()).filter(
      (job) => job.data.payload.occurrence.occurrenceId === occurrenceId && job.data.payload.kind === kind,
    );

  beforeAll(async () => {
    events = await startEventsApp({
      databaseUrl: await createTestDatabase('events_overdue'),
      redisUrl: testRedisUrl(),
      queuePrefix: uniquePrefix('events-overdue'),
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

  it('runs the overdue steps at once, closes registration, says which ran, and invites no answer change', async () => {
    const created = await http()
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
    const occurrenceId: string = created.body.occurrence.id;
    await http().post(`/occurrences/${occurrenceId}/advance`).set(auth()).expect(200);
    await events.deliver('registration.recorded', {
      registrationId: randomUUID(),
      occurrenceId,
      memberId: attendee,
      memberName: 'M',
      answer: 'yes',
      status: 'confirmed',
      waitlistPosition: null,
      promoted: false,
      topic: null,
    });
    await waitFor(async () => (await events.em().count(RegistrationAnswer, { occurrenceId })) === 1, { description: 'the answer' });

    // Twelve hours from now: every step up to closing registration (the day before) is already due.
    const startsAt = new Date(Date.now() + 12 * 3600_000);
    startsAt.setUTCSeconds(0, 0);
    const res = await http()
      .post(`/occurrences/${occurrenceId}/reschedule`)
      .set(auth())
      .send({ startsAt: startsAt.toISOString() })
      .expect(200);

    expect(res.body.warnings.map((w: string) => w.split(' ')[0])).toEqual([
      'remindContributors',
      'escalateReadiness',
      'remindParticipants',
      'closeRegistration',
    ]);
    expect(res.body.warnings[3]).toMatch(/already past at the new date: it ran at once \(done: registration closed/);
    expect(res.body.occurrence).toMatchObject({ status: 'closed', registrationOpen: false, startsAt: startsAt.toISOString() });
    expect(Date.parse(res.body.occurrence.registrationClosesAt)).toBeLessThanOrEqual(Date.now());

    const [update] = await waitFor(
      async () => (await notifications(occurrenceId, 'reschedule')).length === 1 && notifications(occurrenceId, 'reschedule'),
      {
        description: 'the reschedule notification',
      },
    );
    expect(update.data.payload.links.register).toBe(false);
    expect(update.data.payload.occurrence.startsAt).toBe(startsAt.toISOString());
    // Membership hears the occurrence closed: its registration page refuses answers, as the email now says.
    const changes = await waitFor(
      async () => {
        const jobs = (await events.jobs(QueueName.Membership)).filter(
          (job) => job.data.payload.occurrenceId === occurrenceId && job.data.payload.startsAt === startsAt.toISOString(),
        );
        return jobs.length > 0 && jobs;
      },
      { description: 'occurrence.changed at the new date' },
    );
    expect(changes.every((job) => job.data.payload.registrationOpen === false)).toBe(true);
  });

  it('moving an announced date of the series into its last days reports the overdue steps that ran, by date', async () => {
    const created = await http()
      .post('/series')
      .set(auth())
      .send({
        communityId,
        title: 'Groupe du soir',
        formatId: 'peer-group',
        recurrence: { rrule: 'FREQ=MONTHLY;BYDAY=1TU', firstDate: `${year}-05-01`, startTime: '19:00', timeZone: 'UTC' },
      })
      .expect(201);
    const { id: occurrenceId, key } = created.body.occurrence as { id: string; key: string };
    await http().post(`/occurrences/${occurrenceId}/advance`).set(auth()).expect(200);
    const soon = new Date(Date.now() + 12 * 3600_000).toISOString().slice(0, 16);
    const res = await http()
      .post(`/series/${created.body.series.id}/exceptions`)
      .set(auth())
      .send({ type: 'move', date: key, newLocalStart: soon })
      .expect(200);
    expect(res.body.report.warnings.map((w: string) => w.split(' ').slice(0, 2).join(' '))).toEqual(
      ['remindContributors', 'escalateReadiness', 'remindParticipants', 'closeRegistration'].map((step) => `${key}: ${step}`),
    );
    expect((await http().get(`/occurrences/${occurrenceId}`).set(auth()).expect(200)).body).toMatchObject({
      status: 'closed',
      registrationOpen: false,
    });
  });
});
