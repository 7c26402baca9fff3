import { randomUUID } from 'node:crypto';
import request from 'supertest';
import type { Job } from 'bullmq';
import { lifecycleStepJobId, QueueName } from '@cercle/contracts';
import { CommunityRef } from '../src/entities/community-ref.entity';
import { MemberRef } from '../src/entities/member-ref.entity';
import { Occurrence } from '../src/entities/occurrence.entity';
import { createTestDatabase, testRedisUrl, uniquePrefix, waitFor } from '@cercle/testing';
import { KnownToken, OutboxMessage } from '@cercle/platform';
import { EventsTestApp, nthWeekday, startEventsApp } from './events-test-app';

describe('the lifecycle of an occurrence, step by step', () => {
  let events: EventsTestApp;
  let token: string;
  const communityId = randomUUID();
  const guide = randomUUID();
  const contributor = randomUUID();
  const nextGuide = randomUUID();
  const nextContributor = randomUUID();
  // Third Thursdays: in March before the clocks change (last Sunday), in April after.
  const year = new Date().getUTCFullYear() + 1;
  const march = nthWeekday(year, 3, 4, 3);
  const april = nthWeekday(year, 4, 4, 3);
  const http = () => request(events.app.getHttpServer());
  const auth = () => ({ Authorization: `Bearer ${token}` });
  let first: { id: string; seriesId: string };

  // The notifications queue also carries occurrence.changed (for the calendar feeds): read there only the notifications asked for.
  const messagesFor = async (queue: QueueName, occurrenceId: string): Promise<Job[]> =>
    (await events.jobs(queue)).filter(
      (job) =>
        (queue !== QueueName.Notifications || job.name === 'notification.requested') &&
        (job.data.payload.occurrence?.occurrenceId ?? job.data.payload.occurrenceId) === occurrenceId,
    );
  const kindsOf = (jobs: Job[]) => jobs.map((job) => job.data.payload.kind);

  beforeAll(async () => {
    events = await startEventsApp({
      databaseUrl: await createTestDatabase('events_lifecycle'),
      redisUrl: testRedisUrl(),
      queuePrefix: uniquePrefix('events-lc'),
    });
    token = await events.issueToken(communityId);
    await events.deliver('community.changed', { communityId, name: 'EIG', mattermostChannelId: 'town-square', defaultLanguage: 'fr' });
    // Roles go to members of the community only: events learns them from member.changed.
    for (const [memberId, name] of [
      [guide, 'Gabrielle'],
      [contributor, 'Camille'],
      [nextGuide, 'Dara'],
      [nextContributor, 'Bruno'],
    ]) {
      await events.deliver('member.changed', {
        memberId,
        communityId,
        name,
        email: `${memberId}@example.org`,
        language: 'fr',
        mattermostUsername: null,
        active: true,
      });
    }
    await waitFor(
      async () =>
        (await events.em().count(CommunityRef, { id: communityId })) &&
        (await events.em().count(KnownToken, {})) &&
        (await events.em().count(MemberRef, {})) === 4,
      {
        description: 'the token, the community and the members to reach the events inbox',
      },
    );
    const res = await http()
      .post('/series')
      .set(auth())
      .send({
        communityId,
        title: 'Groupe de partage entre pairs',
        formatId: 'peer-group',
        recurrence: { rrule: 'FREQ=MONTHLY;BYDAY=3TH', firstDate: `${year}-03-01`, startTime: '19:00' },
        theme: 'Le legal design',
        guideMemberId: guide,
        contributorMemberIds: [contributor],
      })
      .expect(201);
    first = { id: res.body.occurrence.id, seriesId: res.body.series.id };
  });

  afterAll(async () => {
    await events?.app.close();
  });

  it('sends no announcement twice when the step is run by the organiser and then by its delayed job', async () => {
    const advanced = await http().post(`/occurrences/${first.id}/advance`).set(auth()).expect(200);
    expect(advanced.body.ran).toEqual([
      expect.objectContaining({ step: 'announce', state: 'done', outcome: expect.stringMatching(/^announcement requested/) }),
    ]);

    const job = await events.queue(QueueName.EventsLifecycle).getJob(lifecycleStepJobId(first.id, 'announce'));
    await job!.promote();
    await waitFor(async () => (await events.queue(QueueName.EventsLifecycle).getJob(job!.id!))?.finishedOn, {
      description: 'the promoted job to run',
    });
    expect((await events.queue(QueueName.EventsLifecycle).getJob(job!.id!))?.returnvalue).toBe('processed');

    const announcements = await waitFor(
      async () =>
        kindsOf(await messagesFor(QueueName.Notifications, first.id)).length === 1 && messagesFor(QueueName.Notifications, first.id),
      {
        description: 'the announcement on the notifications queue',
      },
    );
    const pending = await events.em().count(OutboxMessage, { dispatchedAt: null });
    expect(pending).toBe(0);
    expect(announcements).toHaveLength(1);
    expect(announcements[0].data.payload).toMatchObject({
      kind: 'announcement',
      audience: { type: 'community', communityId },
      emails: true,
      channelPost: true,
      directMessages: false,
      occurrence: {
        startsAt: `${march}T18:00:00.000Z`,
        timeZone: 'Europe/Paris',
        theme: 'Le legal design',
        formatName: { fr: 'Groupe de partage entre pairs', en: 'Peer-sharing group' },
      },
    });
    expect(announcements[0].data.payload.occurrence.agenda[0]).toMatchObject({ localStart: '19:00' });
  });

  it('walks every remaining step, telling the right people, and plans the next occurrence with its roles at 19:00 after the DST change', async () => {
    await http()
      .post(`/occurrences/${first.id}/next-roles`)
      .set(auth())
      .send({ theme: 'Accessibilité', guideMemberId: nextGuide, contributorMemberIds: [nextContributor] })
      .expect(200);
    await http()
      .post(`/occurrences/${first.id}/notes`)
      .set(auth())
      .send({ workshop: 'Tour de table', scribeName: 'Lou', markdown: '- tout va bien' })
      .expect(200);

    const ran: string[] = [];
    for (let i = 0; i < 8; i++) {
      const res = await http().post(`/occurrences/${first.id}/advance`).set(auth()).expect(200);
      ran.push(...res.body.ran.map((r: { step: string; state: string }) => `${r.step}:${r.state}`));
    }
    expect(ran).toEqual([
      'remindContributors:done',
      'escalateReadiness:done',
      'remindParticipants:skipped',
      'closeRegistration:done',
      'hold:done',
      'assignNextRoles:done',
      'remindNotes:skipped',
      'archiveNotes:done',
    ]);
    const nothingLeft = await http().post(`/occurrences/${first.id}/advance`).set(auth()).expect(409);
    expect(nothingLeft.body.code).toBe('nothing-pending');

    const notifications = await waitFor(
      async () => {
        const jobs = await messagesFor(QueueName.Notifications, first.id);
        return jobs.length === 8 && jobs;
      },
      { description: 'eight notifications for the first occurrence' },
    );
    const byKind = Object.fromEntries(notifications.map((job) => [job.data.payload.kind, job.data.payload]));
    expect(kindsOf(notifications).sort()).toEqual([
      'agenda',
      'announcement',
      'contributorsIntro',
      'nextRoles',
      'notesArchive',
      'prepReminder',
      'prepReminder',
      'readinessEscalation',
    ]);
    const prepAudiences = notifications
      .filter((job) => job.data.payload.kind === 'prepReminder')
      .map((job) => job.data.payload.audience.memberIds);
    expect(prepAudiences).toEqual(expect.arrayContaining([[contributor], [guide]]));
    expect(byKind.prepReminder).toMatchObject({
      emails: true,
      directMessages: true,
      channelPost: false,
      roles: { guide: 'Gabrielle', contributors: ['Camille'] },
    });
    expect(byKind.nextRoles).toMatchObject({
      audience: { type: 'members', memberIds: [nextGuide, nextContributor] },
      nextRoles: { theme: 'Accessibilité', guide: 'Dara', contributors: ['Bruno'] },
    });
    expect(byKind.agenda).toMatchObject({ audience: { type: 'community', communityId }, emails: false, channelPost: true });
    expect(byKind.agenda.occurrence.agenda.map((item: { localStart: string }) => item.localStart)).toEqual([
      '19:00',
      '19:02',
      '19:27',
      '20:12',
    ]);
    // The archive is the community's channel's: nobody is told personally.
    expect(byKind.notesArchive).toMatchObject({
      audience: { type: 'community', communityId },
      emails: false,
      directMessages: false,
      channelPost: true,
      notes: [{ workshop: 'Tour de table', scribe: 'Lou', markdown: '- tout va bien' }],
    });

    const statuses = await waitFor(
      async () => {
        const jobs = await messagesFor(QueueName.Membership, first.id);
        return jobs.length === 5 && jobs.map((job) => `${job.data.payload.status}:${job.data.payload.registrationOpen}`);
      },
      { description: 'five occurrence.changed for the first occurrence' },
    );
    expect(statuses).toEqual(['planned:false', 'announced:true', 'closed:false', 'held:false', 'archived:false']);

    const view = await http().get(`/occurrences/${first.id}`).set(auth()).expect(200);
    const remindParticipants = view.body.timeline.find((s: { step: string }) => s.step === 'remindParticipants');
    expect(remindParticipants).toMatchObject({ state: 'skipped', outcome: 'nobody registered (yes or maybe)' });
    // The horizon planned April when the series was created; the roles recorded at March are carried onto it.
    expect(view.body.timeline.find((s: { step: string }) => s.step === 'assignNextRoles').outcome).toMatch(
      /roles carried over to the next occurrence .* \(\d{4}-04-\d\d\)/,
    );

    const series = await http().get(`/series/${first.seriesId}`).set(auth()).expect(200);
    expect(series.body.occurrences.map((o: { key: string }) => o.key)).toEqual([march, april, nthWeekday(year, 5, 4, 3)]);
    const second = await http().get(`/occurrences/${series.body.occurrences[1].id}`).set(auth()).expect(200);
    expect(second.body).toMatchObject({
      startsAt: `${april}T17:00:00.000Z`,
      status: 'planned',
      theme: 'Accessibilité',
      roles: { guideMemberId: nextGuide, contributorMemberIds: [nextContributor] },
    });
    expect(second.body.agenda[0]).toMatchObject({ localStart: '19:00' });
    const announceJob = await waitFor(
      () => events.queue(QueueName.EventsLifecycle).getJob(lifecycleStepJobId(second.body.id, 'announce')),
      {
        description: "the second occurrence's announce job",
      },
    );
    expect(await announceJob.isDelayed()).toBe(true);
  });

  it('runs nothing for a cancelled occurrence, from the organiser or from a job', async () => {
    const occurrence = await events.em().findOneOrFail(Occurrence, { seriesId: first.seriesId, key: april });
    await events.em().nativeUpdate(Occurrence, { id: occurrence.id }, { status: 'cancelled' });
    const refused = await http().post(`/occurrences/${occurrence.id}/advance`).set(auth()).expect(409);
    expect(refused.body.code).toBe('occurrence-cancelled');
    const job = await events.queue(QueueName.EventsLifecycle).getJob(lifecycleStepJobId(occurrence.id, 'announce'));
    await job!.promote();
    await waitFor(async () => (await events.queue(QueueName.EventsLifecycle).getJob(job!.id!))?.finishedOn, {
      description: 'the promoted job to run',
    });
    expect(
      await events
        .em()
        .count(OutboxMessage, { name: 'notification.requested', payload: { occurrence: { occurrenceId: occurrence.id } } as never }),
    ).toBe(0);
    expect(await messagesFor(QueueName.Notifications, occurrence.id)).toEqual([]);
  });

  it('runs the earlier pending steps first, in order, when a later step falls due', async () => {
    const res = await http()
      .post('/series')
      .set(auth())
      .send({
        communityId,
        title: 'Rencontres',
        formatId: 'open-forum',
        recurrence: { rrule: 'FREQ=MONTHLY;INTERVAL=2;BYDAY=2TU', firstDate: `${year}-05-01`, startTime: '10:00' },
      })
      .expect(201);
    const occurrenceId = res.body.occurrence.id;
    const job = await waitFor(() => events.queue(QueueName.EventsLifecycle).getJob(lifecycleStepJobId(occurrenceId, 'closeRegistration')), {
      description: 'the closeRegistration job',
    });
    await job.promote();
    const view = await waitFor(
      async () => {
        const body = (await http().get(`/occurrences/${occurrenceId}`).set(auth())).body;
        return body.status === 'closed' && body;
      },
      { description: 'the occurrence to be closed by its job' },
    );
    expect(view.timeline.slice(0, 7).map((s: { step: string; state: string }) => `${s.step}:${s.state}`)).toEqual([
      'plan:done',
      'announce:done',
      'remindContributors:skipped',
      'escalateReadiness:skipped',
      'remindParticipants:skipped',
      'closeRegistration:done',
      'hold:pending',
    ]);
    expect(view.timeline[2].outcome).toBe('no contributors');
    expect(kindsOf(await messagesFor(QueueName.Notifications, occurrenceId))).toEqual(['announcement']);
  });
});
