import { randomUUID } from 'node:crypto';
import request from 'supertest';
import type { PayloadOf } from '@cercle/contracts';
import { OutboxMessage } from '@cercle/platform';
import { createTestDatabase, testRedisUrl, uniquePrefix, waitFor } from '@cercle/testing';
import { seedCommunity } from './community-fixture';
import { EventsTestApp, startEventsApp } from './events-test-app';

type Alert = {
  check: string;
  state: 'raised' | 'cleared' | 'withdrawn';
  raisedAt: string;
  clearedAt: string | null;
  detail: { memberIds: string[] };
};
type Request = PayloadOf<'notification.requested'>;

/**
 * A peer group with four places, 40 to 75 days ahead, and every health check on (low registrations from
 * D-90, counted in real time): running the steps ahead of time brings the occurrence to D-7, where the
 * other checks apply; each alert is raised once, and clears once its condition is gone (the team named,
 * the contribution handed in, registrations, deliveries resent), to those who were told of it.
 */
describe('health alerts of an occurrence', () => {
  let events: EventsTestApp;
  let token: string;
  let occurrenceId: string;
  const communityId = randomUUID();
  const people = { Gaspard: randomUUID(), Carla: randomUUID(), Olivia: randomUUID(), Yvon: randomUUID(), Wanda: randomUUID() };
  const inFortyDays = new Date(Date.now() + 40 * 24 * 3600 * 1000).toISOString().slice(0, 10);
  const http = () => request(events.app.getHttpServer());
  const auth = (r: request.Test) => r.set('Authorization', `Bearer ${token}`);

  const relayed = () =>
    waitFor(async () => (await events.em().count(OutboxMessage, { dispatchedAt: null })) === 0, {
      description: "events' outbox to be relayed",
    });
  const alerts = async (): Promise<Alert[]> => (await auth(http().get(`/occurrences/${occurrenceId}`)).expect(200)).body.alerts;
  const alertsSettle = (description: string, ok: (list: Alert[]) => boolean) =>
    waitFor(async () => ok(await alerts()), { description, timeoutMs: 20000 });
  const told = async (kind: Request['kind']): Promise<Request[]> => {
    await relayed();
    return (await events.notificationJobs()).map((j) => j.data.payload as Request).filter((p) => p.kind === kind);
  };
  const registration = (memberId: string, status: 'confirmed' | 'waitlisted', registrationId = randomUUID()) =>
    events.deliver('registration.recorded', {
      registrationId,
      occurrenceId,
      memberId,
      memberName: 'x',
      answer: 'yes',
      status,
      waitlistPosition: status === 'waitlisted' ? 1 : null,
      promoted: false,
      topic: null,
    });

  beforeAll(async () => {
    events = await startEventsApp({
      databaseUrl: await createTestDatabase('events_health'),
      redisUrl: testRedisUrl(),
      queuePrefix: uniquePrefix('events-health'),
    });
    token = await seedCommunity(events, communityId, people);
    const created = await auth(http().post('/series'))
      .send({
        communityId,
        title: 'Groupe de pairs',
        formatId: 'peer-group',
        recurrence: { rrule: 'FREQ=MONTHLY;BYDAY=3TH', firstDate: inFortyDays, startTime: '10:00' },
        capacity: 4,
        contributorMemberIds: [people.Carla],
      })
      .expect(201);
    occurrenceId = created.body.occurrence.id;
  }, 60000);

  afterAll(async () => {
    await events?.app.close();
  });

  it('keeps every check off until the organisers turn it on, and validates what they choose', async () => {
    const seriesId = (await auth(http().get(`/occurrences/${occurrenceId}`))).body.seriesId;
    const defaults = (await auth(http().get(`/series/${seriesId}/health-checks`)).expect(200)).body;
    expect(defaults.noGuide).toEqual({ enabled: false, daysBefore: 14 });
    await auth(http().put(`/series/${seriesId}/health-checks`))
      .send({ lowRegistrations: { minShare: 2 } })
      .expect(400);
    await auth(http().put(`/series/${seriesId}/health-checks`))
      .send({ notifyMemberIds: [randomUUID()] })
      .expect(422);
    const on = { enabled: true };
    const chosen = await auth(http().put(`/series/${seriesId}/health-checks`))
      .send({
        noGuide: on,
        contributorNotReady: on,
        lowRegistrations: { enabled: true, daysBefore: 90 },
        waitingListWhileFree: on,
        failedDeliveries: on,
        notifyMemberIds: [people.Olivia],
      })
      .expect(200);
    expect(chosen.body.lowRegistrations).toEqual({ enabled: true, daysBefore: 90, minShare: 0.5 });
  });

  it('raises low registrations only once registration is open, then each check due at D-7 once', async () => {
    // Within its 90 days but not announced: nobody could register yet.
    await new Promise((r) => setTimeout(r, 4000));
    expect(await alerts()).toEqual([]);
    for (const step of ['announce', 'remindContributors']) {
      const ran = await auth(http().post(`/occurrences/${occurrenceId}/advance`)).expect(200);
      expect(ran.body.ran.map((r: { step: string }) => r.step)).toContain(step);
      if (step === 'announce') await alertsSettle('low registrations raised at the announcement', (list) => list.length === 1);
    }
    await alertsSettle('three alerts raised', (list) => list.length === 3);
    // Listed in the order raised: low registrations at the announcement, the others at D-7.
    expect((await alerts()).map((a) => [a.check, a.state])).toEqual([
      ['lowRegistrations', 'raised'],
      ['contributorNotReady', 'raised'],
      ['noGuide', 'raised'],
    ]);
    const raised = await told('healthAlert');
    expect(raised.map((r) => r.alert!.check).sort()).toEqual(['contributorNotReady', 'lowRegistrations', 'noGuide']);
    // The timeline keeps who by member id; the message names them.
    expect((await alerts()).find((a) => a.check === 'contributorNotReady')!.detail.memberIds).toEqual([people.Carla]);
    expect(raised.find((r) => r.alert!.check === 'contributorNotReady')!.alert!.names).toEqual(['Carla']);
    // No guide yet: the community's organisers and the series' alert contact are told, by email and direct message, with a link to act.
    for (const r of raised) {
      expect(r.audience).toEqual({ type: 'organisers', communityId, alsoMemberIds: [people.Olivia] });
      expect(r).toMatchObject({ emails: true, directMessages: true, channelPost: false });
      expect(r.alert!.link).toMatch(new RegExp(`/console/occurrences/${occurrenceId}$`));
    }
  });

  it('raises nothing twice while the condition holds', async () => {
    await auth(http().post(`/occurrences/${occurrenceId}/advance`)).expect(200);
    await new Promise((r) => setTimeout(r, 4000));
    expect((await alerts()).length).toBe(3);
    expect((await told('healthAlert')).length).toBe(3);
  });

  it('clears each alert once its condition is gone, and says so to those told of it, not to the guide named since', async () => {
    await auth(http().put(`/occurrences/${occurrenceId}/roles`))
      .send({ guideMemberId: people.Gaspard, contributorMemberIds: [people.Carla] })
      .expect(200);
    await auth(http().put(`/occurrences/${occurrenceId}/contributions/${people.Carla}`))
      .send({ kind: 'talk', title: 'Retour d’expérience', materialsUrl: 'https://exemple.fr/s.pdf' })
      .expect(200);
    await registration(people.Yvon, 'confirmed');
    await registration(people.Wanda, 'confirmed');
    await alertsSettle('the three alerts cleared', (list) => list.every((a) => a.state === 'cleared'));
    const cleared = await told('healthAlertCleared');
    expect(cleared.map((r) => r.alert!.check).sort()).toEqual(['contributorNotReady', 'lowRegistrations', 'noGuide']);
    for (const r of cleared) expect(r.audience).toEqual({ type: 'organisers', communityId, alsoMemberIds: [people.Olivia] });
  });

  it('raises a waiting list while places are free, and failed deliveries, whatever the day; and clears them', async () => {
    await registration(people.Olivia, 'waitlisted');
    await events.deliver('occurrence.deliveries-failed', { occurrenceId, failed: 2, countedAt: new Date().toISOString() });
    await alertsSettle('two more alerts raised', (list) => list.filter((a) => a.state === 'raised').length === 2);
    expect(
      (await alerts())
        .filter((a) => a.state === 'raised')
        .map((a) => a.check)
        .sort(),
    ).toEqual(['failedDeliveries', 'waitingListWhileFree']);
    // An older count arriving late changes nothing; the newest count (all resent) clears the alert.
    await events.deliver('occurrence.deliveries-failed', {
      occurrenceId,
      failed: 0,
      countedAt: new Date(Date.now() - 60000).toISOString(),
    });
    await events.deliver('occurrence.deliveries-failed', { occurrenceId, failed: 0, countedAt: new Date().toISOString() });
    await registration(people.Gaspard, 'confirmed');
    await registration(people.Carla, 'confirmed');
    await alertsSettle('every alert cleared', (list) => list.length === 5 && list.every((a) => a.state === 'cleared'));
    expect((await told('healthAlert')).length).toBe(5);
    expect((await told('healthAlertCleared')).length).toBe(5);
  });

  it('withdraws an alert without a message when its check is switched off', async () => {
    const seriesId = (await auth(http().get(`/occurrences/${occurrenceId}`))).body.seriesId;
    await events.deliver('occurrence.deliveries-failed', { occurrenceId, failed: 1, countedAt: new Date().toISOString() });
    await alertsSettle('failed deliveries raised again', (list) => list.some((a) => a.state === 'raised'));
    await auth(http().put(`/series/${seriesId}/health-checks`))
      .send({ failedDeliveries: { enabled: false } })
      .expect(200);
    await alertsSettle('the alert withdrawn', (list) => list.some((a) => a.state === 'withdrawn'));
    expect((await alerts()).filter((a) => a.state !== 'cleared').map((a) => [a.check, a.state])).toEqual([
      ['failedDeliveries', 'withdrawn'],
    ]);
    expect((await told('healthAlertCleared')).length).toBe(5);
  });
});
