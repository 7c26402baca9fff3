import { randomUUID } from 'node:crypto';
import ICAL from 'ical.js';
import type { PayloadOf } from '@cercle/contracts';
import { signLink } from '@cercle/signed-links';
import { waitFor } from '@cercle/testing';
import { heldCalendarsSql } from '../src/migrations/migration-0007-calendar-holders';
import {
  LINK_SECRET,
  notificationRequest,
  NotificationsHarness,
  PUBLIC_URL,
  rawHeader,
  seedCommunity,
  seedSeries,
  type TestMember,
} from './notifications-harness';

jest.setTimeout(90_000);

type Request = PayloadOf<'notification.requested'>;
type Answer = 'yes' | 'no' | 'maybe';

interface CalendarPart {
  method: string | null;
  uid: string;
  sequence: number;
  status: string | null;
  description: string;
}

/** The calendar object of an email as ical.js (Thunderbird's parser) reads it; null when it has none. */
function calendarOf(message: { attachments: Array<{ contentType: string; content: Buffer }> }): CalendarPart | null {
  const part = message.attachments.find((a) => a.contentType.startsWith('text/calendar'));
  if (!part) return null;
  const calendar = new ICAL.Component(ICAL.parse(part.content.toString('utf8')));
  const event = calendar.getFirstSubcomponent('vevent')!;
  return {
    method: calendar.getFirstPropertyValue('method') as string | null,
    uid: event.getFirstPropertyValue('uid') as string,
    sequence: Number(event.getFirstPropertyValue('sequence')),
    status: event.getFirstPropertyValue('status') as string | null,
    description: String(event.getFirstPropertyValue('description') ?? ''),
  };
}

/** A feed read by ical.js: each event's UID, SEQUENCE, STATUS and summary. */
async function readFeed(url: string) {
  const response = await fetch(url);
  const text = await response.text();
  if (response.status !== 200) return { status: response.status, type: response.headers.get('content-type'), text, events: [] };
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = calendar.getAllSubcomponents('vevent').map((v) => ({
    uid: v.getFirstPropertyValue('uid'),
    sequence: Number(v.getFirstPropertyValue('sequence')),
    status: v.getFirstPropertyValue('status'),
    summary: v.getFirstPropertyValue('summary'),
  }));
  return { status: response.status, type: response.headers.get('content-type'), text, events };
}

describe('calendar state per person: who holds an occurrence, and the feeds', () => {
  const harness = new NotificationsHarness();
  let members: TestMember[];
  let ana: TestMember, bruno: TestMember, chloe: TestMember, gus: TestMember;
  let communityId: string;
  let seriesId: string;
  let base: Request['occurrence'];
  let uid: string;

  const registration = (answer: Answer, status: 'confirmed' | 'waitlisted' | 'declined' = answer === 'no' ? 'declined' : 'confirmed') => ({
    answer,
    status,
    waitlistPosition: status === 'waitlisted' ? 1 : null,
    promoted: false,
  });
  /** Feeds a request and waits until every delivery it planned has left `pending`. */
  const send = async (request: Request, deliveries: number) => {
    await harness.feed('notification.requested', request);
    return harness.settled(request.notificationId, deliveries);
  };
  const answer = (member: TestMember, a: Answer, occurrence = base) =>
    send(
      notificationRequest(communityId, {
        kind: 'registrationConfirmation',
        audience: { type: 'members', memberIds: [member.memberId] },
        occurrence,
        registration: registration(a),
        links: { register: true, notes: false, roleResponse: false, contribution: false },
      }),
      1,
    );
  /** What each email to a person carried: its kind, and its calendar method and SEQUENCE (or none). */
  const received = (member: TestMember) =>
    harness.mail.messages({ to: member.email }).map((m) => {
      const c = calendarOf(m);
      return `${rawHeader(m.raw, 'X-Cercle-Kind')} ${c ? `${c.method} ${c.sequence}` : '-'}`;
    });
  const feedToken = (member: TestMember) =>
    signLink(LINK_SECRET, {
      purpose: 'calendar-feed',
      memberId: member.memberId,
      subjectId: member.memberId,
      exp: Math.floor(Date.now() / 1000) + 3600,
    });
  const memberFeed = (member: TestMember) => readFeed(`${harness.url}/calendars/members/${encodeURIComponent(feedToken(member))}`);

  beforeAll(async () => {
    await harness.start('notif_calendar');
    ({ communityId, members } = await seedCommunity(harness, [{ name: 'Ana' }, { name: 'Bruno' }, { name: 'Chloe' }, { name: 'Gus' }]));
    [ana, bruno, chloe, gus] = members;
    seriesId = await seedSeries(harness, communityId);
    // Gus left every message of Cercle before the announcement: his calendar never got the occurrence.
    const token = signLink(LINK_SECRET, {
      purpose: 'preferences',
      memberId: gus.memberId,
      subjectId: seriesId,
      exp: Math.floor(Date.now() / 1000) + 3600,
    });
    const saved = await fetch(`${harness.url}/notifications/preferences/${encodeURIComponent(token)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'channels=both&all=on',
    });
    expect(saved.status).toBe(200);
    const fixture = notificationRequest(communityId).occurrence;
    base = {
      ...fixture,
      seriesId,
      startsAt: '2027-03-11T09:00:00.000Z',
      endsAt: '2027-03-11T17:00:00.000Z',
      theme: 'Accessibilité numérique',
    };
    uid = `occurrence-${base.occurrenceId}@cercle`;
  });
  afterAll(() => harness.stop());

  it('puts the announcement in every emailed member’s calendar, with a description of the occurrence and nothing personal', async () => {
    // Three emails (Gus unsubscribed) and the channel post.
    await send(notificationRequest(communityId, { occurrence: base, channelPost: true }), 4);
    for (const m of [ana, bruno, chloe]) expect(received(m)).toEqual(['announcement REQUEST 0']);
    expect(received(gus)).toEqual([]);

    const [email] = harness.mail.messages({ to: ana.email });
    const invite = calendarOf(email)!;
    expect(invite.uid).toBe(uid);
    expect(email.text).toMatch(new RegExp(`${PUBLIC_URL}/r/`));
    expect(invite.description).toContain(base.location!);
    expect(invite.description).toContain('Accessibilité numérique');
    expect(invite.description).toContain(base.agenda[0].title.fr);
    expect(invite.description).toContain(`${PUBLIC_URL}/join/${base.occurrenceId}`);
    for (const personal of ['Ana', `${PUBLIC_URL}/r/`, '/notifications/preferences/', '/notifications/unsubscribe/'])
      expect(invite.description).not.toContain(personal);
  });

  it('takes the entry out of one calendar on a "no", and puts nothing in a calendar that never held it', async () => {
    await answer(chloe, 'no');
    expect(received(chloe)).toEqual(['announcement REQUEST 0', 'registrationConfirmation CANCEL 1']);
    // Gus answers "no" by the registration page: confirmed by email (he asked for it), with no CANCEL.
    await answer(gus, 'no');
    expect(received(gus)).toEqual(['registrationConfirmation -']);
    // A "maybe" keeps the entry where it is: the same SEQUENCE again.
    await answer(bruno, 'maybe');
    expect(received(bruno)).toEqual(['announcement REQUEST 0', 'registrationConfirmation REQUEST 0']);
  });

  it('tells the organiser who holds the occurrence now, and tells no one else', async () => {
    const holders = await harness.http('GET', `/notifications/occurrences/${base.occurrenceId}/calendar-holders`);
    expect(holders.status).toBe(200);
    expect(holders.body.memberIds).toEqual([ana.memberId, bruno.memberId].sort());
    // An occurrence notifications never heard of answers as if it did not exist.
    expect((await harness.http('GET', `/notifications/occurrences/${randomUUID()}/calendar-holders`)).status).toBe(404);
  });

  it('sends a reschedule to exactly those who hold it, and the registrants without an entry get the email only', async () => {
    const moved = {
      ...base,
      startsAt: '2027-03-18T09:00:00.000Z',
      endsAt: '2027-03-18T17:00:00.000Z',
      previousStartsAt: base.startsAt,
      calendarSequence: 1,
    };
    // Ana and Bruno hold it, Gus is a registrant (on the waiting list, say) without an entry; plus the channel.
    await send(
      notificationRequest(communityId, {
        kind: 'reschedule',
        audience: { type: 'calendarHolders', occurrenceId: base.occurrenceId, alsoMemberIds: [gus.memberId, bruno.memberId] },
        occurrence: moved,
        channelPost: true,
        links: { register: true, notes: false, roleResponse: false, contribution: false },
      }),
      4,
    );
    expect(received(ana)).toEqual(['announcement REQUEST 0', 'reschedule REQUEST 1']);
    expect(received(bruno)).toEqual(['announcement REQUEST 0', 'registrationConfirmation REQUEST 0', 'reschedule REQUEST 1']);
    expect(received(chloe)).toEqual(['announcement REQUEST 0', 'registrationConfirmation CANCEL 1']);
    expect(received(gus)).toEqual(['registrationConfirmation -', 'reschedule -']);
    base = moved;
  });

  it('puts the entry back above the SEQUENCE of the CANCEL when someone says "yes" after a "no"', async () => {
    await answer(chloe, 'yes');
    expect(received(chloe).at(-1)).toBe('registrationConfirmation REQUEST 2');
  });

  it('serves each member the occurrences they hold, with their role, and the series its dates without names', async () => {
    await send(
      notificationRequest(communityId, {
        kind: 'contributorsIntro',
        audience: { type: 'members', memberIds: [ana.memberId] },
        occurrence: base,
        links: { register: false, notes: false, roleResponse: false, contribution: false },
        contributions: [
          {
            memberId: ana.memberId,
            memberName: 'Ana',
            role: 'guide',
            kind: null,
            title: null,
            materialsUrl: null,
            workshop: null,
            missing: [],
          },
        ],
      }),
      1,
    );
    const mine = await memberFeed(ana);
    expect(mine.status).toBe(200);
    expect(mine.type).toMatch(/^text\/calendar/);
    expect(mine.events).toEqual([{ uid, sequence: 1, status: 'CONFIRMED', summary: `${base.title} · guide` }]);
    expect((await memberFeed(chloe)).events).toEqual([{ uid, sequence: 2, status: 'CONFIRMED', summary: base.title }]);
    expect((await memberFeed(gus)).events).toEqual([]);

    // A planned date nobody was told about yet shows as tentative in the series' feed.
    const planned = { ...base, occurrenceId: randomUUID(), startsAt: '2027-05-13T09:00:00.000Z', endsAt: '2027-05-13T17:00:00.000Z' };
    await harness.feed('occurrence.changed', {
      occurrenceId: planned.occurrenceId,
      seriesId,
      communityId,
      title: planned.title,
      startsAt: planned.startsAt,
      endsAt: planned.endsAt,
      timeZone: planned.timeZone,
      status: 'planned',
      registrationOpen: false,
      capacity: null,
      location: planned.location,
      calendarSequence: 0,
    });
    const series = await readFeed(`${harness.url}/calendars/series/${seriesId}`);
    expect(series.status).toBe(200);
    expect(series.events).toEqual([
      { uid, sequence: 1, status: 'CONFIRMED', summary: base.title },
      { uid: `occurrence-${planned.occurrenceId}@cercle`, sequence: 0, status: 'TENTATIVE', summary: base.title },
    ]);
    for (const name of ['Ana', 'Bruno', 'Chloe', 'Gus', '@example.org', 'ATTENDEE', 'ORGANIZER']) expect(series.text).not.toContain(name);
    // Where each takes place, as the personal invites say it (and each entry's public page shows it).
    const places = new ICAL.Component(ICAL.parse(series.text))
      .getAllSubcomponents('vevent')
      .map((v) => v.getFirstPropertyValue('location'));
    expect(places).toEqual([base.location, planned.location]);
  });

  it('shows no role any more to someone whose role was taken away, though the message saying so names it', async () => {
    const chloeAs = (role: 'contributor') => [
      { memberId: chloe.memberId, memberName: 'Chloe', role, kind: null, title: null, materialsUrl: null, workshop: null, missing: [] },
    ];
    const links = { register: false, notes: false, roleResponse: false, contribution: false };
    await send(
      notificationRequest(communityId, {
        kind: 'roleAssigned',
        audience: { type: 'members', memberIds: [chloe.memberId] },
        occurrence: base,
        links,
        contributions: chloeAs('contributor'),
      }),
      1,
    );
    expect((await memberFeed(chloe)).events).toEqual([
      { uid, sequence: 2, status: 'CONFIRMED', summary: `${base.title} · contributeur·rice` },
    ]);
    await send(
      notificationRequest(communityId, {
        kind: 'roleRemoved',
        audience: { type: 'members', memberIds: [chloe.memberId] },
        occurrence: base,
        links,
        contributions: chloeAs('contributor'),
      }),
      1,
    );
    expect((await memberFeed(chloe)).events).toEqual([{ uid, sequence: 2, status: 'CONFIRMED', summary: base.title }]);
  });

  it('cancels for exactly those who hold it, each above the SEQUENCE they last got, and the feeds follow', async () => {
    const cancelled = { ...base, calendarSequence: 2, cancellationReason: 'Salle indisponible' };
    await send(
      notificationRequest(communityId, {
        kind: 'cancellation',
        audience: { type: 'calendarHolders', occurrenceId: base.occurrenceId, alsoMemberIds: [gus.memberId] },
        occurrence: cancelled,
        channelPost: true,
        links: { register: false, notes: false, roleResponse: false, contribution: false },
      }),
      5,
    );
    expect(received(ana).at(-1)).toBe('cancellation CANCEL 2');
    expect(received(bruno).at(-1)).toBe('cancellation CANCEL 2');
    expect(received(chloe).at(-1)).toBe('cancellation CANCEL 3');
    expect(received(gus)).toEqual(['registrationConfirmation -', 'reschedule -', 'cancellation -']);

    // Nobody holds it any more: a second cancellation would reach nobody's calendar.
    const holders = await harness.sql<{ status: string }>(
      `select "status" from "notifications"."calendar_holder" where "occurrence_id" = ?`,
      [base.occurrenceId],
    );
    expect(holders.map((h) => h.status)).toEqual(['cancelled', 'cancelled', 'cancelled']);
    expect((await memberFeed(ana)).events).toEqual([{ uid, sequence: 2, status: 'CANCELLED', summary: `${base.title} · guide` }]);
    expect((await memberFeed(chloe)).events).toEqual([{ uid, sequence: 3, status: 'CANCELLED', summary: base.title }]);
    const series = await readFeed(`${harness.url}/calendars/series/${seriesId}`);
    expect(series.events[0]).toEqual({ uid, sequence: 2, status: 'CANCELLED', summary: base.title });
  });

  it('refuses a feed link that is not one, and answers 404 for a series it does not know', async () => {
    expect((await fetch(`${harness.url}/calendars/members/not-a-token`)).status).toBe(403);
    const preferencesLink = signLink(LINK_SECRET, {
      purpose: 'preferences',
      memberId: ana.memberId,
      subjectId: seriesId,
      exp: Math.floor(Date.now() / 1000) + 3600,
    });
    expect((await fetch(`${harness.url}/calendars/members/${encodeURIComponent(preferencesLink)}`)).status).toBe(403);
    expect((await fetch(`${harness.url}/calendars/series/${randomUUID()}`)).status).toBe(404);
    expect((await fetch(`${harness.url}/calendars/series/not-a-uuid`)).status).toBe(400);
  });

  it('links the member feed from the preferences page', async () => {
    const [email] = harness.mail.messages({ to: ana.email });
    const link = new RegExp(`${PUBLIC_URL}(/notifications/preferences/[^\\s]+)`).exec(email.text ?? '')![1];
    const page = await (await fetch(`${harness.url}${link}`)).text();
    const feed = new RegExp(`href="${PUBLIC_URL}(/calendars/members/[^"]+)"`).exec(page)?.[1];
    expect(feed).toBeDefined();
    expect(page).toContain(`href="${PUBLIC_URL}/calendars/series/${seriesId}"`);
    const read = await waitFor(
      async () => {
        const r = await readFeed(`${harness.url}${feed!.replace(/&amp;/g, '&')}`);
        return r.status === 200 ? r : undefined;
      },
      { description: 'the feed linked from the page' },
    );
    expect(read.events.map((e) => e.uid)).toEqual([uid]);
  });

  it('rebuilds, on upgrade, who holds what from the emails sent before calendar state was kept', async () => {
    const occurrence = { ...base, occurrenceId: randomUUID(), calendarSequence: 0, cancellationReason: null };
    const at = (minute: number) => new Date(Date.UTC(2026, 0, 1, 10, minute));
    /** A notification and its email deliveries as an older version wrote them (no calendar columns). */
    const sentBefore = async (minute: number, kind: Request['kind'], to: TestMember[], overrides: Partial<Request> = {}) => {
      const request = notificationRequest(communityId, { kind, occurrence, ...overrides });
      await harness.sql(`insert into "notifications"."notification" ("id", "kind", "payload", "created_at") values (?, ?, ?::jsonb, ?)`, [
        request.notificationId,
        kind,
        JSON.stringify(request),
        at(minute),
      ]);
      for (const m of to) {
        await harness.sql(
          `insert into "notifications"."delivery" ("id", "notification_id", "kind", "channel", "member_id", "address", "status", "attempts", "created_at") values (?, ?, ?, 'email', ?, ?, 'sent', 1, ?)`,
          [randomUUID(), request.notificationId, kind, m.memberId, m.email, at(minute)],
        );
      }
    };
    await sentBefore(0, 'announcement', [ana, bruno, chloe]);
    await sentBefore(1, 'registrationConfirmation', [bruno], { registration: registration('no') });
    await sentBefore(2, 'registrationConfirmation', [gus], { registration: registration('yes', 'waitlisted') });
    await sentBefore(3, 'prepReminder', [chloe]);
    const rows = await harness.sql<{ member_id: string; status: string; sequence: number }>(
      `select * from (${heldCalendarsSql('notifications')}) h("occurrence_id", "member_id", "status", "sequence", "occurrence_sequence", "updated_at") where "occurrence_id" = ? order by "member_id"`,
      [occurrence.occurrenceId],
    );
    const byMember = Object.fromEntries(rows.map((r) => [r.member_id, r.status]));
    // Ana and Chloe keep the announcement's entry (a reminder carries none), Bruno's "no" took his out, Gus never had one.
    expect(byMember).toEqual({ [ana.memberId]: 'holding', [bruno.memberId]: 'cancelled', [chloe.memberId]: 'holding' });
  });
});
