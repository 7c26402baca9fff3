import { randomUUID } from 'node:crypto';
import { notificationRequest, NotificationsHarness, seedCommunity } from './notifications-harness';

jest.setTimeout(60_000);

describe('a community on Matrix, or on both chats', () => {
  const harness = new NotificationsHarness();

  beforeAll(() => harness.start('notif_matrix', { matrix: true }));
  afterAll(() => harness.stop());

  it('posts the announcement in the Mattermost channel and the Matrix room, and messages each account, when the community chose both', async () => {
    const alice = harness.matrix.addUser('alice').userId;
    const { communityId } = await seedCommunity(harness, [{ name: 'Alice', mattermostUsername: 'alice', matrixUserId: alice }], {
      chat: 'both',
    });
    const request = notificationRequest(communityId, { channelPost: true, directMessages: true, emails: false });
    await harness.feed('notification.requested', request);

    const rows = await harness.settled(request.notificationId, 4);
    expect(rows.map((r) => [r.channel, r.status]).sort()).toEqual(
      [
        ['matrix-dm', 'sent'],
        ['matrix-post', 'sent'],
        ['mattermost-dm', 'sent'],
        ['mattermost-post', 'sent'],
      ].sort(),
    );
    const mattermostPost = harness.mattermost
      .posts({ channelId: harness.channelId })
      .find((p) => p.message.includes('Rencontres ALLiaNCE'));
    const [matrixPost] = harness.matrix.events({ roomId: harness.matrixRoomId });
    expect(mattermostPost).toBeDefined();
    expect(matrixPost.content.body).toContain('Rencontres ALLiaNCE');
    expect(matrixPost.content['m.mentions']).toEqual({});
    const dmRoom = harness.matrix.rooms().find((r) => r.isDirect && r.invited.includes(alice));
    expect(harness.matrix.events({ roomId: dmRoom?.roomId })).toHaveLength(1);
  });

  it('uses only the Matrix room and Matrix ids when the community chose Matrix, and posts the notes as a thread there', async () => {
    const { communityId } = await seedCommunity(
      harness,
      [{ name: 'Bruno', mattermostUsername: 'bruno', matrixUserId: harness.matrix.addUser('bruno').userId }],
      { chat: 'matrix' },
    );
    const postsBefore = harness.mattermost.posts().length;
    const before = harness.matrix.events({ roomId: harness.matrixRoomId }).length;
    const request = notificationRequest(communityId, {
      kind: 'notesArchive',
      emails: false,
      channelPost: true,
      directMessages: true,
      notes: [
        { workshop: 'RGAA @room', scribe: 'Hugo', markdown: '- audit' },
        { workshop: 'Design system', scribe: null, markdown: 'Composants' },
      ],
    });
    await harness.feed('notification.requested', request);

    const rows = await harness.settled(request.notificationId, 2);
    expect(rows.map((r) => [r.channel, r.status]).sort()).toEqual([
      ['matrix-dm', 'sent'],
      ['matrix-post', 'sent'],
    ]);
    expect(harness.mattermost.posts()).toHaveLength(postsBefore);
    const [root, file, ...replies] = harness.matrix.events({ roomId: harness.matrixRoomId }).slice(before);
    expect(file.content).toMatchObject({ msgtype: 'm.file', 'm.relates_to': { rel_type: 'm.thread', event_id: root.eventId } });
    const inThread = replies.filter((e) => (e.content['m.relates_to'] as { rel_type?: string } | undefined)?.rel_type === 'm.thread');
    expect(inThread).toHaveLength(2);
    expect(String(inThread[0].content.body)).not.toContain('@room');
    // The series' index of past sessions is kept in the room too, linking to the thread there.
    const index = replies.filter((e) => String(e.content.body).includes('Séances passées'));
    expect(index).toHaveLength(1);
    expect(String(index[0].content.formatted_body)).toContain(
      `href="https://matrix.to/#/${encodeURIComponent(harness.matrixRoomId!)}/${encodeURIComponent(root.eventId)}"`,
    );
  });

  it('keeps one index of past sessions in each chat of a community on both, edited in place after the next archive', async () => {
    const { communityId } = await seedCommunity(harness, [{ name: 'Diane' }], { chat: 'both' });
    const seriesId = randomUUID();
    const archive = (startsAt: string) =>
      notificationRequest(communityId, {
        kind: 'notesArchive',
        emails: false,
        channelPost: true,
        occurrence: { ...notificationRequest(communityId).occurrence, seriesId, startsAt, endsAt: startsAt },
        notes: [{ workshop: 'Atelier', scribe: null, markdown: 'Notes' }],
      });
    const matrixBefore = harness.matrix.events({ roomId: harness.matrixRoomId }).length;
    const indexPosts = () =>
      harness.mattermost.posts({ channelId: harness.channelId }).filter((p) => p.message.includes('Séances passées — Rencontres'));
    const postsBefore = indexPosts().length;
    for (const request of [archive('2026-03-12T09:00:00.000Z'), archive('2026-04-09T09:00:00.000Z')]) {
      await harness.feed('notification.requested', request);
      await harness.settled(request.notificationId, 2);
    }
    const events = harness.matrix.events({ roomId: harness.matrixRoomId }).slice(matrixBefore);
    const posted = events.filter((e) => String(e.content.body).startsWith('#### 📇 Séances passées'));
    const edits = events.filter((e) => (e.content['m.relates_to'] as { rel_type?: string } | undefined)?.rel_type === 'm.replace');
    expect(posted).toHaveLength(1);
    expect(edits).toHaveLength(1);
    expect(edits[0].content['m.relates_to']).toMatchObject({ event_id: posted[0].eventId });
    const newContent = edits[0].content['m.new_content'] as { body: string; formatted_body: string };
    expect(newContent.body.match(/^- /gm)).toHaveLength(2);
    expect(newContent.formatted_body).toContain('<li>');
    expect(indexPosts().length - postsBefore).toBe(1);
  });

  it('waits out a Matrix rate limit in the delivery queue and posts once', async () => {
    const { communityId } = await seedCommunity(harness, [{ name: 'Chloe' }], { chat: 'matrix' });
    const before = harness.matrix.events({ roomId: harness.matrixRoomId }).length;
    harness.matrix.failNext(1, { status: 429, retryAfterMs: 300, path: /\/send\// });
    const request = notificationRequest(communityId, { channelPost: true, emails: false });
    await harness.feed('notification.requested', request);

    const [row] = await harness.settled(request.notificationId, 1);
    expect(row).toMatchObject({ channel: 'matrix-post', status: 'sent', attempts: 2 });
    expect(harness.matrix.events({ roomId: harness.matrixRoomId }).slice(before)).toHaveLength(1);
    expect(harness.matrix.requestLog().filter((r) => r.status === 429)).toHaveLength(1);
  });
});
