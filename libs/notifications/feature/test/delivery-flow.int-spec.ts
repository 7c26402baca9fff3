import { randomUUID } from 'node:crypto';
import { nonIsoTimes } from '@cercle/testing';
import { verifyLink } from '@cercle/signed-links';
import { LINK_SECRET, notificationRequest, NotificationsHarness, PUBLIC_URL, rawHeader, seedCommunity } from './notifications-harness';

jest.setTimeout(60_000);

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('notifications: planning and sending deliveries', () => {
  const harness = new NotificationsHarness();

  beforeAll(() => harness.start('notif_flow'));
  afterAll(() => harness.stop());

  it('emails every active member once, in their language, with a personal registration link and an invite, and posts in the channel', async () => {
    const { communityId, members } = await seedCommunity(harness, [
      { name: 'Alice' },
      { name: 'Bruno' },
      { name: 'Chloe', language: 'en' },
      { name: 'Dora', mattermostUsername: 'dora' },
    ]);
    const request = notificationRequest(communityId, {
      channelPost: true,
      occurrence: { ...notificationRequest(communityId).occurrence, title: 'Rencontres @all ALLiaNCE' },
    });
    const messageId = randomUUID();
    await expect(harness.feed('notification.requested', request, messageId)).resolves.toBe('processed');

    const rows = await harness.settled(request.notificationId, 5);
    expect(rows.map((r) => r.status)).toEqual(['sent', 'sent', 'sent', 'sent', 'sent']);
    const addresses = members.map((m) => m.email);
    const emails = harness.mail.messages().filter((m) => addresses.includes(m.to[0]));
    expect(emails.map((m) => m.to[0]).sort()).toEqual([...addresses].sort());

    for (const member of members) {
      const [email] = harness.mail.messages({ to: member.email });
      expect(email.subject).toContain('Rencontres @all ALLiaNCE');
      expect(email.text).toContain(member.language === 'en' ? `Hello ${member.name}` : `Bonjour ${member.name}`);
      expect(email.fromName).toBe('Cercle');
      const link = new RegExp(`${PUBLIC_URL}/r/([^\\s]+)`).exec(email.text ?? '');
      expect(link).not.toBeNull();
      const claim = verifyLink(LINK_SECRET, decodeURIComponent(link![1]), 'register', new Date('2026-03-01T00:00:00Z'));
      expect(claim).toMatchObject({ memberId: member.memberId, subjectId: request.occurrence.occurrenceId });
      expect(claim.exp).toBe(Date.parse(request.occurrence.endsAt) / 1000 + 7 * 24 * 3600);
      const raw = email.raw.toString('utf8');
      expect(raw).toMatch(/Content-Type: text\/calendar; charset=utf-8; method=REQUEST/i);
      // A personal one-click unsubscribe URL (RFC 8058), signed for this member and this series.
      const unsubscribe = /^<(.+)>$/.exec(rawHeader(email.raw, 'List-Unsubscribe') ?? '')?.[1] ?? '';
      expect(unsubscribe.startsWith(`${PUBLIC_URL}/notifications/unsubscribe/`)).toBe(true);
      const token = decodeURIComponent(unsubscribe.split('/').pop()!);
      expect(verifyLink(LINK_SECRET, token, 'preferences', new Date('2026-03-01T00:00:00Z'))).toMatchObject({
        memberId: member.memberId,
        subjectId: request.occurrence.seriesId,
      });
      expect(rawHeader(email.raw, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
    }
    const calendar = harness.mail.messages({ to: members[0].email })[0].attachments.find((a) => a.contentType.startsWith('text/calendar'));
    const ics = calendar ? calendar.content.toString('utf8') : harness.mail.messages({ to: members[0].email })[0].raw.toString('utf8');
    expect(ics).toContain(`UID:occurrence-${request.occurrence.occurrenceId}@cercle`);
    expect(ics).toContain('SEQUENCE:0');

    const posts = harness.mattermost.posts({ channelId: harness.channelId }).filter((p) => p.message.includes('ALLiaNCE'));
    expect(posts).toHaveLength(1);
    expect(posts[0].message).toContain('@\u2060all');
    expect(posts[0].message).not.toMatch(/@all/);

    const summary = await harness.http('GET', `/notifications/${request.notificationId}`);
    expect(summary.status).toBe(200);
    expect(summary.body.deliveries).toMatchObject({
      total: 5,
      byStatus: { sent: 5, pending: 0, failed: 0 },
      byChannel: { email: { sent: 4 }, 'mattermost-post': { sent: 1 } },
    });
    const listed = await harness.http('GET', `/deliveries?occurrenceId=${request.occurrence.occurrenceId}`);
    expect(listed.status).toBe(200);
    expect(listed.body.items).toHaveLength(5);
    expect(
      nonIsoTimes({
        summary: summary.body,
        deliveries: listed.body,
        preferences: (await harness.http('GET', `/notifications/members/${members[0].memberId}/preferences`)).body,
      }),
    ).toEqual([]);

    // The same message again (a relay re-dispatch): recorded as a duplicate, nothing is sent.
    await expect(harness.feed('notification.requested', request, messageId)).resolves.toBe('duplicate');
    // The same notification under a new message id (a producer retry): the delivery log's key holds.
    await expect(harness.feed('notification.requested', request)).resolves.toBe('processed');
    await pause(1500);
    expect(harness.mail.messages().filter((m) => addresses.includes(m.to[0]))).toHaveLength(4);
    expect(harness.mattermost.posts({ channelId: harness.channelId }).filter((p) => p.message.includes('ALLiaNCE'))).toHaveLength(1);
    expect(await harness.deliveries(request.notificationId)).toHaveLength(5);
  });

  it('tells only the named members that are still active, by direct message when asked', async () => {
    const { communityId, members } = await seedCommunity(harness, [
      { name: 'Eve', mattermostUsername: 'eve' },
      { name: 'Farid' },
      { name: 'Gael', mattermostUsername: 'gael' },
    ]);
    await harness.feed('member.changed', { ...members[2], communityId, active: false });
    const request = notificationRequest(communityId, {
      kind: 'prepReminder',
      audience: { type: 'members', memberIds: members.map((m) => m.memberId) },
      emails: true,
      directMessages: true,
      roles: { guide: 'Eve', contributors: ['Farid'], scribes: [] },
    });
    await harness.feed('notification.requested', request);
    const rows = await harness.settled(request.notificationId, 3);
    expect(rows.map((r) => [r.channel, r.address, r.status]).sort()).toEqual(
      [
        ['email', members[0].email, 'sent'],
        ['email', members[1].email, 'sent'],
        ['mattermost-dm', 'eve', 'sent'],
      ].sort(),
    );
    expect(harness.mail.messages({ to: members[2].email })).toHaveLength(0);
    const eve = harness.mattermost.users().find((u) => u.username === 'eve')!;
    const dm = harness.mattermost.channels().find((c) => c.type === 'D' && c.name.includes(eve.id))!;
    expect(harness.mattermost.posts({ channelId: dm.id })).toHaveLength(1);
  });

  it('posts the notes as one thread: a root with the notes file, one reply per workshop', async () => {
    const { communityId } = await seedCommunity(harness, [{ name: 'Hugo' }]);
    const request = notificationRequest(communityId, {
      kind: 'notesArchive',
      emails: false,
      channelPost: true,
      notes: [
        { workshop: 'RGAA @channel', scribe: 'Hugo', markdown: '- audit\n- outils' },
        { workshop: 'Design system', scribe: null, markdown: 'Composants partagés' },
        { workshop: 'Produit', scribe: 'Inès', markdown: 'Feuille de route' },
      ],
    });
    await harness.feed('notification.requested', request);
    const [row] = await harness.settled(request.notificationId, 1);
    expect(row.status).toBe('sent');
    const root = harness.mattermost
      .posts({ channelId: harness.channelId })
      .find((p) => p.message.includes('Notes de la rencontre « Rencontres ALLiaNCE »'))!;
    expect(root.root_id).toBe('');
    const replies = harness.mattermost.posts({ channelId: harness.channelId }).filter((p) => p.root_id === root.id);
    expect(replies.map((p) => p.message.split('\n')[0])).toEqual(['##### RGAA @\u2060channel', '##### Design system', '##### Produit']);
    const file = harness.mattermost.files().find((f) => root.file_ids?.includes(f.id))!;
    expect(file.name).toBe('notes-2026-03-12.md');
    expect(file.content.toString('utf8')).toContain('## Design system\n\nComposants partagés');
  });
});
