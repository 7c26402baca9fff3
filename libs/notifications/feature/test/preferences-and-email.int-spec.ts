import { randomUUID } from 'node:crypto';
import ICAL from 'ical.js';
import { notificationRequest, NotificationsHarness, PUBLIC_URL, rawHeader, seedCommunity } from './notifications-harness';

jest.setTimeout(60_000);

/** The calendar part of an email, unfolded into "NAME;PARAMS:VALUE" lines (RFC 5545 §3.1), checked strictly. */
function icsLines(message: { attachments: Array<{ contentType: string; content: Buffer }> }): string[] {
  const part = message.attachments.find((a) => a.contentType.startsWith('text/calendar'));
  expect(part).toBeDefined();
  const text = part!.content.toString('utf8');
  const lines = text
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .filter(Boolean);
  for (const line of lines) expect(line).toMatch(/^[A-Z-]+(;[A-Z-]+=("[^"]*"|[^;:]*))*:/);
  return lines;
}
/**
 * The same part read by ical.js (Mozilla's iCalendar parser, the one Thunderbird uses): the event's start
 * in its own time zone, and the instant that zone definition (VTIMEZONE) gives it.
 */
function parsedEvent(message: { attachments: Array<{ contentType: string; content: Buffer }> }) {
  const calendar = new ICAL.Component(
    ICAL.parse(message.attachments.find((a) => a.contentType.startsWith('text/calendar'))!.content.toString('utf8')),
  );
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!);
  return {
    method: calendar.getFirstPropertyValue('method'),
    uid: event.uid,
    sequence: event.sequence,
    zone: event.startDate.zone?.tzid,
    localStart: `${String(event.startDate.hour).padStart(2, '0')}:${String(event.startDate.minute).padStart(2, '0')}`,
    instant: event.startDate.toJSDate().toISOString(),
  };
}
const value = (lines: string[], name: string) =>
  lines.find((l) => l.startsWith(`${name}:`) || l.startsWith(`${name};`))?.replace(/^[^:]*:/, '');

describe('notifications: email safety, calendar revisions and preferences', () => {
  const harness = new NotificationsHarness();

  beforeAll(() => harness.start('notif_prefs'));
  afterAll(() => harness.stop());

  it('keeps a name with a newline and Bcc: and an @all topic harmless, from the name to the SMTP envelope', async () => {
    const { communityId, members } = await seedCommunity(harness, [
      { name: 'Eve\r\nBcc: evil@attacker.example', email: `eve-${Date.now()}@example.org` },
    ]);
    const base = notificationRequest(communityId).occurrence;
    const request = notificationRequest(communityId, {
      occurrence: {
        ...base,
        title: 'Forum\nBcc: evil@attacker.example',
        topics: [
          {
            title: '@all ping <script>',
            kind: 'talk',
            description: null,
            proposer: 'Eve',
            selected: true,
            room: null,
            localStart: '10:30',
            localEnd: '11:00',
          },
        ],
      },
    });
    await harness.feed('notification.requested', request);
    await harness.settled(request.notificationId, 1);
    const [email] = harness.mail.messages({ to: members[0].email });
    expect(email.envelope.to).toEqual([members[0].email]);
    expect(harness.mail.messages().some((m) => m.envelope.to.includes('evil@attacker.example'))).toBe(false);
    expect(rawHeader(email.raw, 'Bcc')).toBeUndefined();
    expect(email.subject).not.toMatch(/[\r\n]/);
    expect(email.html).toContain('@all ping &lt;script&gt;');
    expect(email.html).not.toContain('<script>');
  });

  it('sends a calendar REQUEST, then the reschedule with the same UID and a higher SEQUENCE, then a CANCEL, in Paris local time', async () => {
    const { communityId, members } = await seedCommunity(harness, [{ name: 'Ines' }], { channel: false });
    const to = { type: 'members' as const, memberIds: [members[0].memberId] };
    const first = notificationRequest(communityId, {
      kind: 'registrationConfirmation',
      audience: to,
      registration: { answer: 'yes', status: 'confirmed', waitlistPosition: null, promoted: false },
    });
    const o = first.occurrence;
    // Moved across the spring DST change (29 March 2026): still 10:00 in Paris, an hour earlier in UTC.
    const moved = {
      ...o,
      startsAt: '2026-04-02T08:00:00.000Z',
      endsAt: '2026-04-02T16:00:00.000Z',
      previousStartsAt: o.startsAt,
      calendarSequence: 1,
    };
    const reschedule = notificationRequest(communityId, { kind: 'reschedule', audience: to, occurrence: moved });
    const cancel = notificationRequest(communityId, {
      kind: 'cancellation',
      audience: to,
      occurrence: { ...moved, calendarSequence: 2, cancellationReason: 'salle indisponible' },
    });
    for (const r of [first, reschedule, cancel]) {
      await harness.feed('notification.requested', r);
      await harness.settled(r.notificationId, 1);
    }
    const [a, b, c] = harness.mail.messages({ to: members[0].email }).map(icsLines);
    expect([value(a, 'METHOD'), value(b, 'METHOD'), value(c, 'METHOD')]).toEqual(['REQUEST', 'REQUEST', 'CANCEL']);
    expect(new Set([a, b, c].map((l) => value(l, 'UID')))).toEqual(new Set([`occurrence-${o.occurrenceId}@cercle`]));
    expect([a, b, c].map((l) => value(l, 'SEQUENCE'))).toEqual(['0', '1', '2']);
    expect(a).toContain('DTSTART;TZID=Europe/Paris:20260312T100000');
    expect(b).toContain('DTSTART;TZID=Europe/Paris:20260402T100000');
    expect(value(c, 'STATUS')).toBe('CANCELLED');
    expect(a).toContain('BEGIN:VTIMEZONE');
    expect(a).toContain('TZID:Europe/Paris');

    // A standard parser reads the same: local 10:00 in Paris, on both sides of the DST change, at the right instant.
    const [pa, pb, pc] = harness.mail.messages({ to: members[0].email }).map(parsedEvent);
    expect(pa).toEqual({
      method: 'REQUEST',
      uid: `occurrence-${o.occurrenceId}@cercle`,
      sequence: 0,
      zone: 'Europe/Paris',
      localStart: '10:00',
      instant: new Date(o.startsAt).toISOString(),
    });
    expect(pb).toEqual({ method: 'REQUEST', uid: pa.uid, sequence: 1, zone: 'Europe/Paris', localStart: '10:00', instant: moved.startsAt });
    expect(pc).toMatchObject({ method: 'CANCEL', uid: pa.uid, sequence: 2 });
  });

  it('honours a one-click unsubscribe for the series but still confirms a registration the member asked for', async () => {
    const { communityId, members } = await seedCommunity(harness, [{ name: 'Jules' }, { name: 'Karla' }], { channel: false });
    const first = notificationRequest(communityId);
    await harness.feed('notification.requested', first);
    await harness.settled(first.notificationId, 2);
    const [email] = harness.mail.messages({ to: members[0].email });
    const url = /^<(.+)>$/.exec(rawHeader(email.raw, 'List-Unsubscribe')!)![1];
    const path = url.slice(PUBLIC_URL.length);

    const page = await fetch(`${harness.url}${path}`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Me désabonner');
    // The GET asked; nothing changed yet (link scanners follow GETs).
    expect((await harness.http('GET', `/notifications/members/${members[0].memberId}/preferences`)).body.unsubscribedSeries).toEqual([]);

    const oneClick = await fetch(`${harness.url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
    expect(oneClick.status).toBe(200);
    const prefs = await harness.http('GET', `/notifications/members/${members[0].memberId}/preferences`);
    expect(prefs.body).toMatchObject({ unsubscribedSeries: [first.occurrence.seriesId], unsubscribedAll: false, channels: 'both' });

    // The series' next occurrence: an occurrence is announced once, and this one is new.
    const next = notificationRequest(communityId, { occurrence: { ...first.occurrence, occurrenceId: randomUUID(), title: 'Suivante' } });
    await harness.feed('notification.requested', next);
    const rows = await harness.settled(next.notificationId, 1);
    expect(rows[0].address).toBe(members[1].email);
    const confirmation = notificationRequest(communityId, {
      kind: 'registrationConfirmation',
      audience: { type: 'members', memberIds: [members[0].memberId] },
      occurrence: first.occurrence,
      registration: { answer: 'yes', status: 'confirmed', waitlistPosition: null, promoted: false },
    });
    await harness.feed('notification.requested', confirmation);
    expect(await harness.settled(confirmation.notificationId, 1)).toMatchObject([{ status: 'sent', address: members[0].email }]);
  });

  it('lets a member choose English and Mattermost only on the preferences page, without JavaScript', async () => {
    const { communityId, members } = await seedCommunity(harness, [{ name: 'Lou', mattermostUsername: 'lou' }], { channel: false });
    const first = notificationRequest(communityId);
    await harness.feed('notification.requested', first);
    await harness.settled(first.notificationId, 1);
    const [email] = harness.mail.messages({ to: members[0].email });
    const link = new RegExp(`${PUBLIC_URL}(/notifications/preferences/[^\\s]+)`).exec(email.text ?? '')![1];
    const page = await (await fetch(`${harness.url}${link}`)).text();
    expect(page).toContain('<html lang="fr"');
    expect(page).toContain('Comment vous prévenir ?');
    expect(page).not.toContain('<script');
    const saved = await fetch(`${harness.url}${link}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'channels=mattermost&language=en',
    });
    expect(saved.status).toBe(200);
    expect(await saved.text()).toContain('Your preferences are saved.');
    expect((await fetch(`${harness.url}/notifications/preferences/not-a-token`)).status).toBe(403);

    const reminder = notificationRequest(communityId, {
      kind: 'participantReminder',
      occurrence: { ...first.occurrence, title: 'Rappel DM' },
    });
    await harness.feed('notification.requested', reminder);
    expect(await harness.settled(reminder.notificationId, 1)).toMatchObject([{ channel: 'mattermost-dm', address: 'lou', status: 'sent' }]);
    const dm = harness.mattermost.posts().find((p) => p.message.includes('Rappel DM'))!;
    expect(dm.message).toContain('Reminder: Rappel DM');
  });
});
