import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { lifecycleStepJobId, QueueName } from '@cercle/contracts';
import { KnownToken } from '@cercle/platform';
import { signLink } from '@cercle/signed-links';
import { createTestDatabase, testRedisUrl, uniquePrefix, waitFor } from '@cercle/testing';
import { CommunityRef } from '../src/entities/community-ref.entity';
import { MemberRef } from '../src/entities/member-ref.entity';
import { RegistrationAnswer } from '../src/entities/registration-answer.entity';
import { Series } from '../src/entities/series.entity';
import { EventsTestApp, nthWeekday, startEventsApp } from './events-test-app';

describe('events HTTP: series, occurrences, topics and notes', () => {
  let events: EventsTestApp;
  let token: string;
  const communityId = randomUUID();
  const guide = randomUUID();
  const year = new Date().getUTCFullYear() + 1;
  const http = () => request(events.app.getHttpServer());
  const validBody = () => ({
    communityId,
    title: 'Groupe de partage entre pairs',
    formatId: 'peer-group',
    recurrence: { rrule: 'FREQ=MONTHLY;BYDAY=3TH', firstDate: `${year}-03-01`, startTime: '19:00' },
    location: 'Paris',
    guideMemberId: guide,
  });

  beforeAll(async () => {
    events = await startEventsApp({
      databaseUrl: await createTestDatabase('events_http'),
      redisUrl: testRedisUrl(),
      queuePrefix: uniquePrefix('events-http'),
    });
    token = await events.issueToken(communityId);
    await events.deliver('community.changed', { communityId, name: 'EIG', mattermostChannelId: null, defaultLanguage: 'fr' });
    await events.deliver('member.changed', {
      memberId: guide,
      communityId,
      name: 'Gaëlle',
      email: 'gaelle@example.org',
      language: 'fr',
      mattermostUsername: null,
      active: true,
    });
    await waitFor(
      async () =>
        (await events.em().count(CommunityRef, { id: communityId })) &&
        (await events.em().count(KnownToken, {})) &&
        (await events.em().count(MemberRef, { id: guide })),
      {
        description: 'the token, the community and the guide to reach the events inbox',
      },
    );
  });

  afterAll(async () => {
    await events?.app.close();
  });

  it('lists the built-in formats publicly', async () => {
    const res = await http().get('/formats').expect(200);
    expect(res.body.map((f: { id: string }) => f.id).sort()).toEqual(['open-forum', 'peer-group']);
  });

  it('refuses to create a series without an organiser token', async () => {
    await http().post('/series').send(validBody()).expect(401);
    await http().post('/series').set('Authorization', 'Bearer crc_unknown').send(validBody()).expect(401);
  });

  it('answers 400 with every offending field path and writes no series', async () => {
    const body = {
      ...validBody(),
      title: '',
      formatId: 'poker-night',
      recurrence: { rrule: 'FREQ=SOMETIMES', firstDate: '2027-02-30', startTime: '25:00' },
    };
    const res = await http().post('/series').set('Authorization', `Bearer ${token}`).send(body).expect(400);
    const paths = res.body.issues.map((issue: { path: string }) => issue.path);
    expect(paths).toEqual(
      expect.arrayContaining(['title', 'formatId', 'recurrence.rrule', 'recurrence.firstDate', 'recurrence.startTime']),
    );
    expect(await events.em().count(Series, {})).toBe(0);
  });

  it('says what is wrong with a body that is not JSON, too large or malformed, and with an id that is not one', async () => {
    const auth = { Authorization: `Bearer ${token}` };
    const plain = await http().post('/series').set(auth).set('Content-Type', 'text/plain').send('hello').expect(400);
    expect(plain.body.message).toBe('A JSON body is required (Content-Type: application/json)');
    const large = await http()
      .post('/series')
      .set(auth)
      .set('Content-Type', 'application/json')
      .send(JSON.stringify({ title: 'x'.repeat(3_000_000) }))
      .expect(413);
    expect(large.body).toMatchObject({ code: 'entity.too.large', message: 'The request body is too large' });
    const broken = await http().post('/series').set(auth).set('Content-Type', 'application/json').send('{"title": ').expect(400);
    // NestJS answers malformed JSON itself (a 400 with the parser's words, which name JSON).
    expect(broken.body.message).toMatch(/JSON/);
    const nul = await http()
      .post('/series')
      .set(auth)
      .send({ ...validBody(), title: 'Groupe\u0000' })
      .expect(400);
    expect(nul.body.issues).toEqual([expect.objectContaining({ path: 'title', message: 'the NUL character (U+0000) is not allowed' })]);
    const notAnId = await http().get('/occurrences/abc').set(auth).expect(400);
    expect(notAnId.body).toMatchObject({ code: 'invalid-id', message: 'occurrenceId: must be a UUID' });
  });

  it('answers 404 for a community the organiser does not organise, and 400 for steps out of order', async () => {
    const unknownId = randomUUID();
    const unknown = await http()
      .post('/series')
      .set('Authorization', `Bearer ${token}`)
      .send({ ...validBody(), communityId: unknownId })
      .expect(404);
    expect(unknown.body.message).toBe(`community ${unknownId} does not exist`);
    const outOfOrder = await http()
      .post('/series')
      .set('Authorization', `Bearer ${token}`)
      .send({ ...validBody(), stepOffsets: { remindParticipants: -10 * 24 * 60 } })
      .expect(400);
    expect(outOfOrder.body.code).toBe('INVALID_STEP_OFFSETS');
    expect(await events.em().count(Series, {})).toBe(0);
  });

  it('plans the first occurrence with its timeline, its delayed step jobs and its occurrence.changed, and fills the horizon', async () => {
    const res = await http().post('/series').set('Authorization', `Bearer ${token}`).send(validBody()).expect(201);
    const occurrence = res.body.occurrence;
    const date = nthWeekday(year, 3, 4, 3);
    expect(occurrence).toMatchObject({ key: date, startsAt: `${date}T18:00:00.000Z`, status: 'planned', registrationOpen: false });
    expect(occurrence.agenda[0]).toMatchObject({ localStart: '19:00' });
    expect(occurrence.timeline.map((s: { step: string; state: string }) => `${s.step}:${s.state}`)).toEqual([
      'plan:done',
      ...[
        'announce',
        'remindContributors',
        'escalateReadiness',
        'remindParticipants',
        'closeRegistration',
        'hold',
        'assignNextRoles',
        'remindNotes',
        'archiveNotes',
      ].map((step) => `${step}:pending`),
    ]);
    const lifecycle = events.queue(QueueName.EventsLifecycle);
    for (const { step, dueAt } of occurrence.timeline.slice(1)) {
      const job = await waitFor(() => lifecycle.getJob(lifecycleStepJobId(occurrence.id, step)), { description: `the ${step} job` });
      expect(await job.isDelayed()).toBe(true);
      expect(job.timestamp + (job.opts.delay ?? 0)).toBeGreaterThanOrEqual(new Date(dueAt).getTime() - 1000);
    }
    const changed = await waitFor(
      async () => (await events.jobs(QueueName.Membership)).find((j) => j.data.payload.occurrenceId === occurrence.id),
      { description: 'occurrence.changed on the membership queue' },
    );
    expect(changed.data.payload).toMatchObject({ status: 'planned', registrationOpen: false, communityId });
    const series = await http().get(`/series/${res.body.series.id}`).set('Authorization', `Bearer ${token}`).expect(200);
    // The rolling horizon (3 by default) plans the next two as well, at 19:00 after the DST change.
    const april = nthWeekday(year, 4, 4, 3);
    const may = nthWeekday(year, 5, 4, 3);
    expect(series.body.occurrences.map((o: { key: string; startsAt: string }) => [o.key, o.startsAt])).toEqual([
      [date, `${date}T18:00:00.000Z`],
      [april, `${april}T17:00:00.000Z`],
      [may, `${may}T17:00:00.000Z`],
    ]);
  });

  it("lists a community's series with their next occurrence, to its organisers only", async () => {
    const created = await http()
      .post('/series')
      .set('Authorization', `Bearer ${token}`)
      .send({ ...validBody(), title: 'Série listée' })
      .expect(201);
    const list = await http().get(`/series?communityId=${communityId}`).set('Authorization', `Bearer ${token}`).expect(200);
    const listed = list.body.find((s: { id: string }) => s.id === created.body.series.id);
    expect(listed).toMatchObject({
      title: 'Série listée',
      formatId: validBody().formatId,
      nextOccurrence: { id: created.body.occurrence.id },
    });
    expect(list.body.map((s: { id: string }) => s.id)).toEqual([...new Set(list.body.map((s: { id: string }) => s.id))]);
    await http().get(`/series?communityId=${randomUUID()}`).set('Authorization', `Bearer ${token}`).expect(404);
    await http().get('/series?communityId=nope').set('Authorization', `Bearer ${token}`).expect(400);
  });

  it('counts the latest answer per registration and lists the topics proposed with them', async () => {
    const { occurrence } = (
      await http()
        .post('/series')
        .set('Authorization', `Bearer ${token}`)
        .send({ ...validBody(), title: 'Topics' })
        .expect(201)
    ).body;
    const registrationId = randomUUID();
    const base = { occurrenceId: occurrence.id, memberId: randomUUID(), memberName: 'Camille', waitlistPosition: null, promoted: false };
    const topic = { title: 'Le legal design', kind: 'talk' as const, description: null };
    await events.deliver(
      'registration.recorded',
      { ...base, registrationId, answer: 'yes', status: 'confirmed', topic },
      new Date(Date.now() - 60_000),
    );
    await events.deliver('registration.recorded', { ...base, registrationId, answer: 'maybe', status: 'confirmed', topic: null });
    await events.deliver('registration.recorded', {
      ...base,
      registrationId: randomUUID(),
      memberId: randomUUID(),
      answer: 'no',
      status: 'declined',
      topic: null,
    });
    const view = await waitFor(
      async () => {
        const res = await http().get(`/occurrences/${occurrence.id}`).set('Authorization', `Bearer ${token}`);
        return res.body.registrations.maybe + res.body.registrations.no === 2 ? res.body : undefined;
      },
      { description: 'the registrations to be counted' },
    );
    expect(view.registrations).toEqual({ yes: 0, maybe: 1, no: 1, confirmed: 0, waitlisted: 0 });
    const topics = await http().get(`/occurrences/${occurrence.id}/topics`).set('Authorization', `Bearer ${token}`).expect(200);
    expect(topics.body).toEqual([expect.objectContaining({ title: 'Le legal design', kind: 'talk', proposerName: 'Camille' })]);
  });

  it('keeps the newer answer of each registration when both answers are consumed at the same moment', async () => {
    const { occurrence } = (
      await http()
        .post('/series')
        .set('Authorization', `Bearer ${token}`)
        .send({ ...validBody(), title: 'Concurrent answers' })
        .expect(201)
    ).body;
    const registrations = Array.from({ length: 20 }, () => ({ registrationId: randomUUID(), memberId: randomUUID() }));
    const base = { occurrenceId: occurrence.id, memberName: 'Camille', waitlistPosition: null, promoted: false, topic: null };
    const olderAt = new Date(Date.now() - 60_000);
    await Promise.all(
      registrations.flatMap((r) => [
        events.deliver('registration.recorded', { ...base, ...r, answer: 'yes', status: 'confirmed' }, olderAt),
        events.deliver('registration.recorded', { ...base, ...r, answer: 'maybe', status: 'declined' }),
      ]),
    );
    const processed = () => events.em().count(RegistrationAnswer, { occurrenceId: occurrence.id });
    await waitFor(async () => (await processed()) === 20 && (await events.jobs(QueueName.Events)).every((j) => j.finishedOn), {
      description: 'both answers of every registration to be consumed',
    });
    const view = (await http().get(`/occurrences/${occurrence.id}`).set('Authorization', `Bearer ${token}`).expect(200)).body;
    expect(view.registrations).toEqual({ yes: 0, maybe: 20, no: 0, confirmed: 0, waitlisted: 0 });
  });

  it('keeps a topic proposed with an older answer that arrives after a newer one, without letting it overwrite the answer', async () => {
    const { occurrence } = (
      await http()
        .post('/series')
        .set('Authorization', `Bearer ${token}`)
        .send({ ...validBody(), title: 'Out of order' })
        .expect(201)
    ).body;
    const base = {
      occurrenceId: occurrence.id,
      registrationId: randomUUID(),
      memberId: randomUUID(),
      memberName: 'Sacha',
      waitlistPosition: null,
      promoted: false,
    };
    await events.deliver('registration.recorded', { ...base, answer: 'maybe', status: 'declined', topic: null });
    await waitFor(
      async () =>
        (await http().get(`/occurrences/${occurrence.id}`).set('Authorization', `Bearer ${token}`)).body.registrations.maybe === 1,
      { description: 'the newer answer' },
    );
    const topic = { title: 'Les communs numériques', kind: 'talk' as const, description: null };
    await events.deliver('registration.recorded', { ...base, answer: 'yes', status: 'confirmed', topic }, new Date(Date.now() - 60_000));
    const topics = await waitFor(
      async () => {
        const res = await http().get(`/occurrences/${occurrence.id}/topics`).set('Authorization', `Bearer ${token}`);
        return res.body.length === 1 && res.body;
      },
      { description: 'the topic of the older answer' },
    );
    expect(topics[0]).toMatchObject({ title: 'Les communs numériques', proposerName: 'Sacha' });
    expect((await http().get(`/occurrences/${occurrence.id}`).set('Authorization', `Bearer ${token}`)).body.registrations).toEqual({
      yes: 0,
      maybe: 1,
      no: 0,
      confirmed: 0,
      waitlisted: 0,
    });
  });

  it("counts maybe as maybe in the organiser's view, and splits the yeses between places and the waiting list", async () => {
    const { occurrence } = (
      await http()
        .post('/series')
        .set('Authorization', `Bearer ${token}`)
        .send({ ...validBody(), title: 'Counts' })
        .expect(201)
    ).body;
    const base = { occurrenceId: occurrence.id, memberName: 'M', promoted: false, topic: null };
    // As membership records them: a maybe holds no place, so its status is "declined" like a no's.
    const answers = [
      { answer: 'yes', status: 'confirmed', waitlistPosition: null },
      { answer: 'yes', status: 'confirmed', waitlistPosition: null },
      { answer: 'yes', status: 'waitlisted', waitlistPosition: 1 },
      { answer: 'maybe', status: 'declined', waitlistPosition: null },
      { answer: 'no', status: 'declined', waitlistPosition: null },
    ] as const;
    for (const answer of answers)
      await events.deliver('registration.recorded', { ...base, ...answer, registrationId: randomUUID(), memberId: randomUUID() });
    await waitFor(async () => (await events.em().count(RegistrationAnswer, { occurrenceId: occurrence.id })) === answers.length, {
      description: 'the answers to reach events',
    });
    const view = (await http().get(`/occurrences/${occurrence.id}`).set('Authorization', `Bearer ${token}`).expect(200)).body;
    expect(view.registrations).toEqual({ yes: 3, maybe: 1, no: 1, confirmed: 2, waitlisted: 1 });
  });

  it("stores a scribe's notes through a signed link, one per workshop, and refuses a link for something else", async () => {
    const { occurrence } = (
      await http()
        .post('/series')
        .set('Authorization', `Bearer ${token}`)
        .send({ ...validBody(), title: 'Notes' })
        .expect(201)
    ).body;
    const scribe = randomUUID();
    await events.deliver('member.changed', {
      memberId: scribe,
      communityId,
      name: 'Lou',
      email: 'lou@example.org',
      language: 'fr',
      mattermostUsername: null,
      active: true,
    });
    await waitFor(async () => events.em().count(MemberRef, { id: scribe }), { description: 'the scribe to reach events' });
    await http()
      .put(`/occurrences/${occurrence.id}/scribes`)
      .set('Authorization', `Bearer ${token}`)
      .send({ workshop: 'Accessibilité', memberId: scribe })
      .expect(200);
    const claim = { memberId: scribe, subjectId: occurrence.id, exp: Math.floor(Date.now() / 1000) + 3600 };
    const link = signLink(events.config.LINK_SECRET, { ...claim, purpose: 'notes' });
    await http().post(`/notes/${link}`).send({ workshop: 'Accessibilité', scribeName: 'Lou', markdown: '# v1' }).expect(200);
    await http().post(`/notes/${link}`).send({ workshop: 'Accessibilité', scribeName: 'Lou', markdown: '# v2' }).expect(200);
    const wrong = signLink(events.config.LINK_SECRET, { ...claim, purpose: 'register' });
    const refused = await http().post(`/notes/${wrong}`).send({ workshop: 'X', markdown: 'x' }).expect(403);
    expect(refused.body.code).toBe('link-wrong-purpose');
    const view = await http().get(`/occurrences/${occurrence.id}`).set('Authorization', `Bearer ${token}`).expect(200);
    expect(view.body.notes).toEqual([expect.objectContaining({ workshop: 'Accessibilité', scribeName: 'Lou', markdown: '# v2' })]);
  });
});
