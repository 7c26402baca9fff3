import { randomUUID } from 'node:crypto';
import { waitFor } from '@cercle/testing';
import { notificationRequest, NotificationsHarness, seedCommunity } from './notifications-harness';

jest.setTimeout(60_000);

/**
 * `member.changed` and a request naming that member travel on their own; when the request wins the race,
 * the member's part waits for them instead of being dropped.
 */
describe('notifications: a named member not known yet', () => {
  const harness = new NotificationsHarness();

  beforeAll(() => harness.start('notif_awaited', { mattermost: false }));
  afterAll(() => harness.stop());

  it('plans the email when the member arrives after the request, once, and only for them', async () => {
    const { communityId, members } = await seedCommunity(harness, [{ name: 'Known' }], { channel: false });
    const late = {
      memberId: randomUUID(),
      name: 'Latecomer',
      email: `late-${randomUUID().slice(0, 8)}@example.org`,
      language: 'fr' as const,
      mattermostUsername: null,
    };
    const request = notificationRequest(communityId, {
      kind: 'registrationConfirmation',
      audience: { type: 'members', memberIds: [members[0].memberId, late.memberId] },
    });
    await harness.feed('notification.requested', request);
    await harness.settled(request.notificationId, 1);
    expect((await harness.deliveries(request.notificationId)).map((d) => d.address)).toEqual([members[0].email]);

    await harness.feed('member.changed', { ...late, communityId, active: true });
    await harness.settled(request.notificationId, 2);
    await waitFor(() => harness.mail.messages({ to: late.email }).length === 1, { description: 'the latecomer’s email' });

    // The same member again (an edit) plans nothing more: the awaited entry is gone and the key is unique.
    await harness.feed('member.changed', { ...late, name: 'Latecomer (edited)', communityId, active: true });
    expect(await harness.deliveries(request.notificationId)).toHaveLength(2);
    expect(harness.mail.messages({ to: members[0].email })).toHaveLength(1);
    expect(await harness.sql('select 1 from "notifications"."awaited_recipient" where "member_id" = ?', [late.memberId])).toHaveLength(0);
  });

  it('announces an occurrence once to a member, whichever of their own and the community announcement comes first', async () => {
    const { communityId, members } = await seedCommunity(harness, [{ name: 'Ana' }, { name: 'Ben' }], { channel: false });
    const community = notificationRequest(communityId);
    const occurrence = community.occurrence;
    const own = (memberId: string) =>
      notificationRequest(communityId, { occurrence, audience: { type: 'members', memberIds: [memberId] } });
    // Ana's own announcement first, then the community's; Ben's after the community's.
    const ana = own(members[0].memberId);
    await harness.feed('notification.requested', ana);
    await harness.settled(ana.notificationId, 1);
    await harness.feed('notification.requested', community);
    await harness.settled(community.notificationId, 1);
    const ben = own(members[1].memberId);
    await harness.feed('notification.requested', ben);
    expect(await harness.deliveries(ben.notificationId)).toHaveLength(0);
    expect((await harness.deliveries(community.notificationId)).map((d) => d.address)).toEqual([members[1].email]);
    await waitFor(() => harness.mail.messages({ to: members[1].email }).length === 1, { description: 'Ben’s announcement' });
    expect(harness.mail.messages({ to: members[0].email })).toHaveLength(1);
  });

  it('announces an open occurrence to a member who arrives just after the community fan-out, but not a closed or cancelled one', async () => {
    const { communityId, members } = await seedCommunity(harness, [{ name: 'First' }], { channel: false });
    const soon = new Date(Date.now() + 7 * 24 * 3600 * 1000).toISOString();
    const past = new Date(Date.now() - 3600 * 1000).toISOString();
    const open = notificationRequest(communityId);
    const closed = notificationRequest(communityId);
    const closedEarly = notificationRequest(communityId);
    const cancelled = notificationRequest(communityId);
    open.occurrence.registrationClosesAt = soon;
    closed.occurrence.registrationClosesAt = past;
    closedEarly.occurrence.registrationClosesAt = soon;
    cancelled.occurrence.registrationClosesAt = soon;
    for (const r of [open, closed, closedEarly, cancelled]) {
      await harness.feed('notification.requested', r);
      await harness.settled(r.notificationId, 1);
    }
    // An organiser ran the closing step before its time: events says so, in two messages that arrive
    // out of order (closed, then the announcement's older "open" of the same revision, which must lose).
    const change = (r: typeof open, status: 'announced' | 'closed') => ({
      occurrenceId: r.occurrence.occurrenceId,
      seriesId: r.occurrence.seriesId,
      communityId,
      title: r.occurrence.title,
      startsAt: r.occurrence.startsAt,
      endsAt: r.occurrence.endsAt,
      timeZone: r.occurrence.timeZone,
      status,
      registrationOpen: status === 'announced',
      capacity: null,
      calendarSequence: r.occurrence.calendarSequence,
    });
    await harness.feed('occurrence.changed', change(closedEarly, 'closed'));
    await harness.feed('occurrence.changed', change(closedEarly, 'announced'));
    await harness.feed('occurrence.changed', change(open, 'announced'));
    const cancellation = notificationRequest(communityId, {
      kind: 'cancellation',
      occurrence: { ...cancelled.occurrence, calendarSequence: 1 },
    });
    await harness.feed('notification.requested', cancellation);
    await harness.settled(cancellation.notificationId, 1);

    const late = {
      memberId: randomUUID(),
      name: 'Arrived',
      email: `arrived-${randomUUID().slice(0, 8)}@example.org`,
      language: 'fr' as const,
      mattermostUsername: null,
    };
    await harness.feed('member.changed', { ...late, communityId, active: true });
    await harness.feed('member.changed', { ...late, name: 'Arrived (edited)', communityId, active: true });
    expect((await harness.deliveries(open.notificationId)).map((d) => d.address).sort()).toEqual([members[0].email, late.email].sort());
    expect(await harness.deliveries(closed.notificationId)).toHaveLength(1);
    expect(await harness.deliveries(closedEarly.notificationId)).toHaveLength(1);
    expect(await harness.deliveries(cancelled.notificationId)).toHaveLength(1);
    await waitFor(() => harness.mail.messages({ to: late.email }).length === 1, { description: 'the open announcement to the newcomer' });
  });
});
