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
    expect(replies).toHaveLength(2);
    for (const reply of replies) expect(reply.content['m.relates_to']).toMatchObject({ rel_type: 'm.thread', event_id: root.eventId });
    expect(String(replies[0].content.body)).not.toContain('@room');
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
