import { Client } from 'pg';
import type { Stack } from '../dev/src/stack';
import type { CercleApi } from '../demo/src/api-client';
import { setUpCommunity, whenKnown, type DemoMember } from '../demo/src/community';
import { Mailbox, submitForm } from '../demo/src/mailbox';
import { settle } from '../demo/src/settle';
import { startTestStack, suiteLog, TestStack } from './test-stack';

type Alert = { check: string; state: 'raised' | 'cleared' | 'withdrawn' };
const CHECKS = ['contributorNotReady', 'failedDeliveries', 'lowRegistrations', 'noGuide', 'waitingListWhileFree'];

/**
 * Every health check on, across the three services as separate processes, the occurrence 40 to 75 days
 * ahead and driven with "run the next step now": low registrations (from D-90, in real time) is raised once
 * registration opens; at D-7 the checks due then raise their alerts (and a direct message that cannot be
 * delivered raises the failed-deliveries one); organisers and members fix each problem the way they would,
 * and each alert clears. Each is raised once and cleared once, and said so once by email, to those told
 * of it: the alert contact, the guide when named before it, and the community's organiser (a console
 * account, not a member, the only one given the console's links).
 */
describe('health alerts, raised and cleared once each', () => {
  let running: TestStack;
  let stack: Stack;
  let api: CercleApi;
  let mail: Mailbox;
  let members: DemoMember[];
  let organiser: DemoMember;
  let ghost: DemoMember;
  // The console account that created the community, reached by email and by the Mattermost account with its address.
  const owner = { email: 'camille.orga@exemple.fr', username: 'camille-orga' };
  let occurrenceId: string;
  const { note, lines: log } = suiteLog();

  const alerts = async (): Promise<Alert[]> => (await api.get(`/occurrences/${occurrenceId}`)).alerts;
  const alertsAre = (what: string, ok: (list: Alert[]) => boolean) => settle(async () => ok(await alerts()), what, 60000);
  const stateOf = (list: Alert[], check: string) => list.filter((a) => a.check === check).map((a) => a.state);
  const alertDmsTo = (email: string) => {
    const user = stack.mattermost!.users().find((u) => u.email === email)!;
    return stack
      .mattermost!.channels()
      .filter((c) => c.type === 'D' && c.name.includes(user.id))
      .flatMap((c) => stack.mattermost!.posts({ channelId: c.id }))
      .filter((p) => p.message.includes(':rotating_light:'));
  };
  const answer = async (person: DemoMember, value: 'yes' | 'no' | 'maybe') => {
    const invite = mail
      .to(person.email)
      .filter((m) => /\/r\//.test(m.text ?? ''))
      .pop();
    await submitForm(Mailbox.link(invite!, 'r'), { answer: value });
  };

  beforeAll(async () => {
    running = await startTestStack('e2e-alerts', { log: note });
    stack = running.stack;
    mail = new Mailbox(stack);
    stack.mattermost!.addUser({ username: owner.username, email: owner.email });
    const demo = await setUpCommunity(stack, { members: 8, name: 'Alertes', log: note, organiserEmail: owner.email });
    ({ api, members } = demo);
    organiser = members[7];
    // A member whose Mattermost account does not exist (yet): direct messages to them fail for good.
    const added = await api.post(`/communities/${demo.community.id}/members`, {
      members: [{ name: 'Fantôme', email: 'fantome@exemple.fr', mattermostUsername: 'fantome', language: 'fr' }],
    });
    ghost = { id: added.members[0].id, name: 'Fantôme', email: 'fantome@exemple.fr' };
    await settle(
      async () => (await api.get(`/notifications/communities/${demo.community.id}/recipients`)).active === members.length + 1,
      'notifications to know the ninth member',
    );
    const created = await whenKnown(
      () =>
        api.post('/series', {
          communityId: demo.community.id,
          title: 'Groupe de pairs',
          formatId: 'peer-group',
          recurrence: {
            rrule: 'FREQ=MONTHLY;BYDAY=3TH',
            firstDate: new Date(Date.now() + 40 * 24 * 3600 * 1000).toISOString().slice(0, 10),
            startTime: '10:00',
          },
          capacity: 4,
          guideMemberId: null,
          contributorMemberIds: [ghost.id],
        }),
      'events to know the community',
    );
    occurrenceId = created.occurrence.id;
    const on = { enabled: true };
    await api.request('PUT', `/series/${created.series.id}/health-checks`, {
      noGuide: on,
      contributorNotReady: on,
      lowRegistrations: { enabled: true, daysBefore: 90 },
      waitingListWhileFree: on,
      failedDeliveries: on,
      notifyMemberIds: [organiser.id],
    });
  }, 300000);

  afterAll(async () => {
    console.log(log.join('\n'));
    await running?.stop();
  }, 60000);

  it('raises only low registrations at the announcement, three weeks before, and nothing before it', async () => {
    await new Promise((r) => setTimeout(r, 5000));
    expect(await alerts()).toEqual([]);
    await api.post(`/occurrences/${occurrenceId}/advance`);
    await settle(() => members.every((m) => mail.to(m.email).some((e) => /\/r\//.test(e.text ?? ''))), 'the announcement', 120000);
    await alertsAre('low registrations raised', (list) => list.length === 1);
    await new Promise((r) => setTimeout(r, 5000));
    expect((await alerts()).map((a) => [a.check, a.state])).toEqual([['lowRegistrations', 'raised']]);
  }, 180000);

  it('raises at D-7 the checks due then, and the failed direct message, each once to the alert contact and the organiser', async () => {
    await api.post(`/occurrences/${occurrenceId}/advance`);
    await alertsAre('four alerts raised', (list) => list.length === 4);
    const list = await alerts();
    expect(list.map((a) => a.check).sort()).toEqual(['contributorNotReady', 'failedDeliveries', 'lowRegistrations', 'noGuide']);
    expect(list.every((a) => a.state === 'raised')).toBe(true);
    await settle(() => mail.to(organiser.email).filter((m) => Mailbox.kind(m) === 'healthAlert').length === 4, 'four alert emails');
    const subjects = mail
      .to(organiser.email)
      .filter((m) => Mailbox.kind(m) === 'healthAlert')
      .map((m) => m.subject);
    expect(subjects.every((s) => s.startsWith('Alerte :'))).toBe(true);
    // The alert contact is a member: what they can do, no console page they could not open, no unsubscribe.
    const email = mail.to(organiser.email).find((m) => /pas de guide/.test(m.subject))!;
    expect(email.text).toContain('Que faire :');
    expect(email.text).not.toContain('/console/');
    expect(email.text).not.toContain('Ne plus recevoir');
    expect(mail.to(organiser.email).find((m) => /envois en échec/.test(m.subject))!.text).not.toContain('/deliveries');
    await settle(() => alertDmsTo(organiser.email).length === 4, 'four alert direct messages to the alert contact');
    // The community's organiser hears of each too, by email in the community's language and by direct message.
    await settle(
      () => mail.to(owner.email).filter((m) => Mailbox.kind(m) === 'healthAlert').length === 4,
      'four alert emails to the organiser',
    );
    expect(mail.to(owner.email).find((m) => /pas de guide/.test(m.subject))!.text).toContain('Bonjour Camille Organisatrice');
    expect(mail.to(owner.email).find((m) => /pas de guide/.test(m.subject))!.text).toContain(`/console/occurrences/${occurrenceId}`);
    expect(mail.to(owner.email).find((m) => /envois en échec/.test(m.subject))!.text).toContain('/console/deliveries');
    await settle(() => alertDmsTo(owner.email).length === 4, 'four alert direct messages to the organiser');
  }, 180000);

  it('clears each of them once its problem is solved', async () => {
    await api.request('PUT', `/occurrences/${occurrenceId}/roles`, { guideMemberId: members[0].id, contributorMemberIds: [ghost.id] });
    await alertsAre('no guide cleared', (list) => stateOf(list, 'noGuide').join() === 'cleared');
    await api.request('PUT', `/occurrences/${occurrenceId}/contributions/${ghost.id}`, {
      kind: 'talk',
      title: 'Retour d’expérience',
      materialsUrl: 'https://exemple.fr/supports.pdf',
    });
    await alertsAre('the contribution alert cleared', (list) => stateOf(list, 'contributorNotReady').join() === 'cleared');
    await answer(members[1], 'yes');
    await answer(members[2], 'yes');
    await alertsAre('few registrations cleared', (list) => stateOf(list, 'lowRegistrations').join() === 'cleared');
    // The account now exists: the organiser resends what failed, and it goes.
    stack.mattermost!.addUser({ username: 'fantome', email: ghost.email });
    const failed = await api.get(`/deliveries?status=failed&occurrenceId=${occurrenceId}`);
    expect(failed.items.length).toBeGreaterThan(0);
    for (const delivery of failed.items) await api.post(`/deliveries/${delivery.id}/resend`);
    await alertsAre('failed deliveries cleared', (list) => stateOf(list, 'failedDeliveries').join() === 'cleared');
  }, 180000);

  it('raises a waiting list while places are free when a promotion is lost, and clears it when the copy catches up', async () => {
    for (const person of [members[3], members[4], members[5]]) await answer(person, 'yes');
    await settle(
      async () => (await api.get(`/occurrences/${occurrenceId}`)).registrations.waitlisted === 1,
      'the fifth yes to wait for a place',
    );
    // Events' copy of the registrations misses a message: a place given up, its promotion never heard of.
    await lose(running.databaseUrl, occurrenceId, members[1].id);
    await answer(members[6], 'maybe');
    await alertsAre('a waiting list while places are free', (list) => stateOf(list, 'waitingListWhileFree').join() === 'raised');
    // The person gives the place up for real: membership promotes the first waiting, and events hears both.
    await answer(members[1], 'no');
    await alertsAre('the waiting list alert cleared', (list) => stateOf(list, 'waitingListWhileFree').join() === 'cleared');
  }, 180000);

  it('kept one alert per check, raised and cleared once, and told each once by email', async () => {
    await new Promise((r) => setTimeout(r, 5000));
    const list = await alerts();
    expect(list.map((a) => `${a.check}:${a.state}`).sort()).toEqual(CHECKS.map((c) => `${c}:cleared`));
    const to = (kind: string, email = organiser.email) => mail.to(email).filter((m) => Mailbox.kind(m) === kind);
    await settle(() => to('healthAlertCleared').length === 5, 'five emails saying an alert cleared');
    expect(to('healthAlert').length).toBe(5);
    await settle(() => to('healthAlertCleared', owner.email).length === 5, 'five clearing emails to the organiser');
    expect(to('healthAlert', owner.email).length).toBe(5);
    await new Promise((r) => setTimeout(r, 3000));
    expect(to('healthAlertCleared', owner.email).length).toBe(5);
    expect(alertDmsTo(owner.email)).toHaveLength(5);
    // The guide, named when the first alert cleared, hears only of the alert raised since, and of its clearing.
    const toGuide = (kind: string) => mail.to(members[0].email).filter((m) => Mailbox.kind(m) === kind).length;
    expect([toGuide('healthAlert'), toGuide('healthAlertCleared')]).toEqual([1, 1]);
  }, 180000);
});

/** Marks one `yes` as given up in events' copy, as if the `no` arrived and the promotion it caused did not. */
async function lose(databaseUrl: string, occurrenceId: string, memberId: string): Promise<void> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const res = await client.query(
      `update "events"."registration_answer" set "answer" = 'no', "status" = 'declined' where "occurrence_id" = $1 and "member_id" = $2`,
      [occurrenceId, memberId],
    );
    if (res.rowCount !== 1) throw new Error(`no registration of ${memberId} in events' copy`);
  } finally {
    await client.end();
  }
}
