import { randomUUID } from 'node:crypto';
import request from 'supertest';
import type { Job } from 'bullmq';
import { messageCatalog, PayloadOf, QueueName } from '@cercle/contracts';
import { KnownToken, OutboxMessage } from '@cercle/platform';
import { createTestDatabase, testRedisUrl, uniquePrefix, waitFor } from '@cercle/testing';
import { CommunityRef } from '../src/entities/community-ref.entity';
import { RegistrationAnswer } from '../src/entities/registration-answer.entity';
import { EventsTestApp, startEventsApp } from './events-test-app';

describe('events tells a member where their registration stands', () => {
  let events: EventsTestApp;
  let occurrenceId: string;
  const communityId = randomUUID();
  const year = new Date().getUTCFullYear() + 1;

  /** A registration.recorded envelope with its own message id (reused to simulate a redelivery). */
  const send = async (payload: PayloadOf<'registration.recorded'>, options: { messageId?: string; occurredAt?: Date } = {}) => {
    const messageId = options.messageId ?? randomUUID();
    const data = {
      messageId,
      name: 'registration.recorded',
      version: messageCatalog['registration.recorded'].version,
      occurredAt: (options.occurredAt ?? new Date()).toISOString(),
      payload,
    };
    const job = await events.queue(QueueName.Events).add('registration.recorded', data, { jobId: randomUUID() });
    await waitFor(async () => (await events.queue(QueueName.Events).getJob(job.id!))?.finishedOn, {
      description: 'the inbox to process the registration',
    });
    return messageId;
  };
  const recorded = (memberId: string, changes: Partial<PayloadOf<'registration.recorded'>> = {}): PayloadOf<'registration.recorded'> => ({
    registrationId: randomUUID(),
    occurrenceId,
    memberId,
    memberName: 'Léa',
    answer: 'yes',
    status: 'confirmed',
    waitlistPosition: null,
    promoted: false,
    topic: null,
    ...changes,
  });
  /** Notification requests addressed to one member, once events' outbox is relayed. */
  const requestsFor = async (memberId: string): Promise<Array<PayloadOf<'notification.requested'>>> => {
    await waitFor(async () => (await events.em().count(OutboxMessage, { dispatchedAt: null })) === 0, {
      description: "events' outbox to be relayed",
    });
    const jobs: Job[] = await events.notificationJobs();
    return jobs.map((j) => j.data.payload).filter((p) => p.audience.type === 'members' && p.audience.memberIds.includes(memberId));
  };

  beforeAll(async () => {
    events = await startEventsApp({
      databaseUrl: await createTestDatabase('events_regnotif'),
      redisUrl: testRedisUrl(),
      queuePrefix: uniquePrefix('events-regnotif'),
    });
    const token = await events.issueToken(communityId);
    await events.deliver('community.changed', { communityId, name: 'ALLiaNCE', mattermostChannelId: null, defaultLanguage: 'fr' });
    await waitFor(async () => (await events.em().count(CommunityRef, { id: communityId })) && (await events.em().count(KnownToken, {})), {
      description: 'the token and the community to reach the events inbox',
    });
    const res = await request(events.app.getHttpServer())
      .post('/series')
      .set('Authorization', `Bearer ${token}`)
      .send({
        communityId,
        title: 'Rencontres ALLiaNCE',
        formatId: 'open-forum',
        recurrence: { rrule: 'FREQ=MONTHLY;INTERVAL=2;BYDAY=3TH', firstDate: `${year}-03-01`, startTime: '10:00' },
        location: 'Paris',
      })
      .expect(201);
    occurrenceId = res.body.occurrence.id;
  });

  afterAll(async () => {
    await events?.app.close();
  });

  it('requests a confirmation for a confirmed yes, with the registration and a link to change it', async () => {
    const memberId = randomUUID();
    await send(recorded(memberId));

    const [confirmation, ...others] = await requestsFor(memberId);
    expect(others).toEqual([]);
    expect(confirmation).toMatchObject({
      kind: 'registrationConfirmation',
      audience: { type: 'members', memberIds: [memberId] },
      emails: true,
      channelPost: false,
      registration: { answer: 'yes', status: 'confirmed', waitlistPosition: null, promoted: false },
      links: { register: true, notes: false, roleResponse: false },
      occurrence: { occurrenceId, title: 'Rencontres ALLiaNCE', location: 'Paris', timeZone: 'Europe/Paris' },
    });
    expect(confirmation.occurrence.agenda.length).toBeGreaterThan(0);
  });

  it('requests a waiting-list message with the rank, then a confirmation when the person is promoted', async () => {
    const memberId = randomUUID();
    const waiting = recorded(memberId, { status: 'waitlisted', waitlistPosition: 3 });
    await send(waiting);
    await send({ ...waiting, status: 'confirmed', waitlistPosition: null, promoted: true });

    const requests = await requestsFor(memberId);
    expect(requests.map((r) => [r.kind, r.registration])).toEqual([
      ['waitingList', { answer: 'yes', status: 'waitlisted', waitlistPosition: 3, promoted: false }],
      ['registrationConfirmation', { answer: 'yes', status: 'confirmed', waitlistPosition: null, promoted: true }],
    ]);
  });

  it('confirms a first no (it takes the announcement out of the calendar) and a no that gives up a place', async () => {
    const decliner = randomUUID();
    await send(recorded(decliner, { answer: 'no', status: 'declined' }));
    expect((await requestsFor(decliner)).map((r) => [r.kind, r.registration?.answer, r.registration?.status])).toEqual([
      ['registrationConfirmation', 'no', 'declined'],
    ]);

    const canceller = randomUUID();
    const first = recorded(canceller);
    await send(first);
    await send({ ...first, answer: 'no', status: 'declined' });
    expect((await requestsFor(canceller)).map((r) => [r.kind, r.registration?.status])).toEqual([
      ['registrationConfirmation', 'confirmed'],
      ['registrationConfirmation', 'declined'],
    ]);
  });

  it('confirms a first maybe, like a yes and a no, with a link to change it', async () => {
    const memberId = randomUUID();
    await send(recorded(memberId, { answer: 'maybe', status: 'declined' }));
    const requests = await requestsFor(memberId);
    expect(requests.map((r) => [r.kind, r.registration?.answer, r.registration?.status, r.links.register])).toEqual([
      ['registrationConfirmation', 'maybe', 'declined', true],
    ]);
  });

  it('sends nothing twice for a redelivered message, and nothing for an older answer arriving late', async () => {
    const memberId = randomUUID();
    const yes = recorded(memberId);
    const messageId = await send(yes);
    await send(yes, { messageId });
    await send({ ...yes, answer: 'no', status: 'declined' }, { occurredAt: new Date(Date.now() - 60_000) });

    expect((await requestsFor(memberId)).map((r) => r.kind)).toEqual(['registrationConfirmation']);
    expect(await events.em().findOne(RegistrationAnswer, { registrationId: yes.registrationId })).toMatchObject({
      answer: 'yes',
      status: 'confirmed',
    });
  });
});
