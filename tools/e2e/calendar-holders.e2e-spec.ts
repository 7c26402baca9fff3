import ICAL from 'ical.js';
import type { CaughtMessage } from '@cercle/dev-servers';
import type { Stack } from '../dev/src/stack';
import type { CercleApi } from '../demo/src/api-client';
import { type DemoMember, setUpCommunity } from '../demo/src/community';
import { Mailbox, submitForm } from '../demo/src/mailbox';
import { settle } from '../demo/src/settle';
import { startTestStack, TestStack } from './test-stack';

/** The calendar object of an email as ical.js reads it: "METHOD SEQUENCE", or "-" when it has none. */
function calendarOf(message: CaughtMessage): string {
  const part = message.attachments.find((a) => a.contentType.startsWith('text/calendar'));
  if (!part) return '-';
  const calendar = new ICAL.Component(ICAL.parse(part.content.toString('utf8')));
  return `${calendar.getFirstPropertyValue('method')} ${calendar.getFirstSubcomponent('vevent')!.getFirstPropertyValue('sequence')}`;
}

/**
 * Across the three services as separate processes: the announcement puts an occurrence in every member's
 * calendar, and its move and its cancellation reach exactly the members who still hold it, whether or not
 * they registered; a "no" takes it out of that one person's calendar. The series' public feed follows.
 */
describe('calendar invites held per person, across services', () => {
  let running: TestStack;
  let stack: Stack;
  let api: CercleApi;
  let members: DemoMember[];
  let mail: Mailbox;
  let occurrenceId: string;
  let seriesId: string;
  const log: string[] = [];
  const year = new Date().getUTCFullYear() + 1;

  /** What one person received about the occurrence, in order: kind and calendar object. */
  const received = (member: DemoMember) =>
    mail
      .to(member.email)
      .filter((m) => m.headers['x-cercle-occurrence'] === occurrenceId)
      .map((m) => `${Mailbox.kind(m)} ${calendarOf(m)}`);
  const waitForKind = (member: DemoMember, kind: string) =>
    settle(
      () => mail.to(member.email).find((m) => Mailbox.kind(m) === kind && m.headers['x-cercle-occurrence'] === occurrenceId),
      `${kind} to ${member.name}`,
      60000,
    );

  beforeAll(async () => {
    running = await startTestStack('e2ecal', { log: (line) => log.push(line) });
    stack = running.stack;
    mail = new Mailbox(stack);
    const demo = await setUpCommunity(stack, { members: 4, name: 'Calendriers', log: (line) => log.push(line) });
    api = demo.api;
    members = demo.members;
    const created = await api.post('/series', {
      communityId: demo.community.id,
      title: 'Groupe de partage',
      formatId: 'peer-group',
      location: 'Paris',
      recurrence: { rrule: 'FREQ=MONTHLY;BYDAY=3TH', firstDate: `${year}-03-01`, startTime: '19:00' },
    });
    occurrenceId = created.occurrence.id;
    seriesId = created.series.id;
  }, 600000);

  afterAll(async () => {
    if (log.length) console.log(log.slice(-40).join('\n'));
    await running?.stop();
  }, 60000);

  it('announces: every member holds the occurrence', async () => {
    await api.post(`/occurrences/${occurrenceId}/advance`, {});
    for (const m of members) await waitForKind(m, 'announcement');
    for (const m of members) expect(received(m)).toEqual(['announcement REQUEST 0']);
  });

  it('takes it out of the calendar of the one who says "no"', async () => {
    const [no] = members;
    const announcement = mail.to(no.email).find((m) => Mailbox.kind(m) === 'announcement')!;
    await submitForm(Mailbox.link(announcement, 'r'), { answer: 'no' });
    await waitForKind(no, 'registrationConfirmation');
    expect(received(no)).toEqual(['announcement REQUEST 0', 'registrationConfirmation CANCEL 1']);
  });

  it('moves it for every member still holding it, registered or not, and for nobody else', async () => {
    const [no, ...holders] = members;
    const res = await api.post(`/occurrences/${occurrenceId}/reschedule`, { localStart: `${year}-03-25T19:00` });
    expect(res.told).toMatch(/calendar/);
    for (const m of holders) await waitForKind(m, 'reschedule');
    for (const m of holders) expect(received(m)).toEqual(['announcement REQUEST 0', 'reschedule REQUEST 1']);
    // Give a wrongly planned message the time to arrive before saying none came.
    await new Promise((resolve) => setTimeout(resolve, 2000));
    expect(received(no)).toEqual(['announcement REQUEST 0', 'registrationConfirmation CANCEL 1']);
  });

  it('cancels it in the same calendars, and the series feed shows it cancelled', async () => {
    const [no, ...holders] = members;
    await api.post(`/occurrences/${occurrenceId}/cancel`, { reason: 'Salle indisponible' });
    for (const m of holders) await waitForKind(m, 'cancellation');
    for (const m of holders) expect(received(m)).toEqual(['announcement REQUEST 0', 'reschedule REQUEST 1', 'cancellation CANCEL 2']);
    await new Promise((resolve) => setTimeout(resolve, 2000));
    expect(received(no)).toEqual(['announcement REQUEST 0', 'registrationConfirmation CANCEL 1']);

    // Through the public gateway, as a calendar app subscribes to it.
    const feed = await settle(
      async () => {
        const response = await fetch(`${stack.publicUrl}/calendars/series/${seriesId}`);
        if (response.status !== 200) return null;
        const calendar = new ICAL.Component(ICAL.parse(await response.text()));
        const event = calendar
          .getAllSubcomponents('vevent')
          .find((v) => v.getFirstPropertyValue('uid') === `occurrence-${occurrenceId}@cercle`);
        return event?.getFirstPropertyValue('status') === 'CANCELLED' ? { calendar, event } : null;
      },
      'the series feed to show the cancellation',
      30000,
    );
    expect(Number(feed.event.getFirstPropertyValue('sequence'))).toBe(2);
    // The series' later dates are planned, not yet announced: tentative.
    const others = feed.calendar.getAllSubcomponents('vevent').filter((v) => v !== feed.event);
    expect(others.length).toBeGreaterThan(0);
    expect(new Set(others.map((v) => v.getFirstPropertyValue('status')))).toEqual(new Set(['TENTATIVE']));
  });
});
