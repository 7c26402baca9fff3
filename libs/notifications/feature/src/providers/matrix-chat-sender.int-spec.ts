import { MatrixDouble } from '@cercle/dev-servers';
import { renderNotesReply } from '@cercle/notifications-domain';
import { DeliveryError } from './delivery-error';
import { MatrixChatSender } from './matrix-chat-sender';

describe('MatrixChatSender against the Matrix double', () => {
  const double = new MatrixDouble();
  let url: string;
  let bot: { userId: string; token: string };
  let roomId: string;
  let sender: MatrixChatSender;

  beforeAll(async () => {
    ({ url } = await double.start());
  });
  afterAll(() => double.stop());

  beforeEach(() => {
    double.reset();
    bot = double.addUser('cercle');
    roomId = double.addRoom({ name: 'ALLiaNCE', members: [bot.userId] }).roomId;
    sender = new MatrixChatSender({ homeserverUrl: url, accessToken: bot.token });
  });

  it('posts in the room with no mention able to ping, and a thread whose replies and file hang from the root', async () => {
    const { postId: rootId } = await sender.post({
      channelId: roomId,
      message: 'Notes de la session',
      file: { name: 'notes.md', content: '# Notes', mimeType: 'text/markdown' },
      idempotencyKey: 'n1/matrix-post/room',
    });
    const reply = renderNotesReply(
      { workshop: 'RGAA @room', scribe: 'Farid', markdown: 'voir https://matrix.to/#/@alice:example.org' },
      'fr',
    );
    await sender.post({ channelId: roomId, message: reply.message, rootId, idempotencyKey: 'n1/matrix-post/room/reply/0' });

    const [root, file, replied] = double.events({ roomId });
    expect(root).toMatchObject({
      eventId: rootId,
      sender: bot.userId,
      content: { msgtype: 'm.text', body: 'Notes de la session', 'm.mentions': {} },
    });
    expect(file.content).toMatchObject({
      msgtype: 'm.file',
      filename: 'notes.md',
      'm.relates_to': { rel_type: 'm.thread', event_id: rootId },
    });
    const [media] = double.store.media.values();
    expect(file.content.url).toBe(`mxc://${double.store.serverName}/${media.mediaId}`);
    expect(media.content.toString('utf8')).toBe('# Notes');
    expect(replied.content).toMatchObject({ 'm.relates_to': { rel_type: 'm.thread', event_id: rootId }, 'm.mentions': {} });
    // Neither the room-wide keyword nor a user pill survives as typed.
    expect(replied.content.body).not.toContain('@room');
    expect(replied.content.body).not.toContain('/#/@alice');
    // Nor in the HTML clients draw: no user pill (a matrix.to link to @alice) and no room-wide keyword.
    expect(replied.content.format).toBe('org.matrix.custom.html');
    expect(replied.content.formatted_body).toContain('RGAA');
    expect(replied.content.formatted_body).not.toContain('@room');
    expect(replied.content.formatted_body).not.toMatch(/#\/@alice/);
  });

  it('edits its own post with an m.replace event carrying the new text', async () => {
    const { postId } = await sender.post({ channelId: roomId, message: 'Séances passées : une', idempotencyKey: 'index-1' });
    await sender.editPost({ channelId: roomId, postId, message: '**Séances passées** : deux' });
    const [original, edit] = double.events({ roomId });
    expect(original.content).toMatchObject({ format: 'org.matrix.custom.html', formatted_body: '<p>Séances passées : une</p>' });
    expect(edit.content).toMatchObject({
      'm.new_content': {
        msgtype: 'm.text',
        body: '**Séances passées** : deux',
        format: 'org.matrix.custom.html',
        formatted_body: '<p><strong>Séances passées</strong> : deux</p>',
      },
      'm.relates_to': { rel_type: 'm.replace', event_id: postId },
    });
    await expect(sender.editPost({ channelId: roomId, postId: '$inconnu', message: 'non' })).rejects.toBeInstanceOf(DeliveryError);
  });

  it('waits out a rate limit: the first send is refused with retry_after_ms, the retry posts once', async () => {
    double.failNext(1, { status: 429, retryAfterMs: 1500, path: /\/send\// });
    const first = await sender.post({ channelId: roomId, message: 'Annonce', idempotencyKey: 'k-rate' }).catch((e: unknown) => e);
    expect(first).toBeInstanceOf(DeliveryError);
    expect(first).toMatchObject({ permanent: false, retryAfterMs: 1500, statusCode: 429 });
    expect((first as DeliveryError).providerResponse).toContain('M_LIMIT_EXCEEDED');

    const { postId } = await sender.post({ channelId: roomId, message: 'Annonce', idempotencyKey: 'k-rate' });
    expect(double.events({ roomId }).map((e) => e.eventId)).toEqual([postId]);
  });

  it('refuses for good with a bad token, and the token appears in no error', async () => {
    const wrong = new MatrixChatSender({ homeserverUrl: url, accessToken: 'syt_not-a-real-token' });
    const error = (await wrong.post({ channelId: roomId, message: 'x' }).catch((e: unknown) => e)) as DeliveryError;
    expect(error).toBeInstanceOf(DeliveryError);
    expect(error).toMatchObject({ permanent: true, statusCode: 401 });
    expect(error.providerResponse).toContain('M_UNKNOWN_TOKEN');
    expect(JSON.stringify(error.toJSON()) + error.message).not.toContain('syt_not-a-real-token');
    expect(double.events()).toHaveLength(0);
  });

  it('sends once when the same transaction is sent twice, even by a new sender after a crash', async () => {
    const first = await sender.post({ channelId: roomId, message: 'Rappel', idempotencyKey: 'n2/matrix-post/room' });
    const restarted = new MatrixChatSender({ homeserverUrl: url, accessToken: bot.token });
    const again = await restarted.post({ channelId: roomId, message: 'Rappel', idempotencyKey: 'n2/matrix-post/room' });
    expect(again.postId).toBe(first.postId);
    expect(double.events({ roomId })).toHaveLength(1);
    // Another message, another transaction.
    await sender.post({ channelId: roomId, message: 'Autre', idempotencyKey: 'n3/matrix-post/room' });
    expect(double.events({ roomId })).toHaveLength(2);
  });

  it('opens one direct room per person, lists it in m.direct and reuses it, also from another process', async () => {
    const alice = double.addUser('alice').userId;
    const first = await sender.directMessage({ username: alice, message: 'Bonjour', idempotencyKey: 'd1' });
    const second = await sender.directMessage({ username: alice, message: 'Encore', idempotencyKey: 'd2' });
    const elsewhere = await new MatrixChatSender({ homeserverUrl: url, accessToken: bot.token }).directMessage({
      username: alice,
      message: 'Toujours',
      idempotencyKey: 'd3',
    });

    expect(second.channelId).toBe(first.channelId);
    expect(elsewhere.channelId).toBe(first.channelId);
    const directRooms = double.rooms().filter((r) => r.isDirect);
    expect(directRooms).toEqual([expect.objectContaining({ roomId: first.channelId, invited: [alice], joined: [bot.userId] })]);
    expect(double.accountData(bot.userId, 'm.direct')).toEqual({ [alice]: [first.channelId] });
    expect(double.events({ roomId: first.channelId }).map((e) => e.content.body)).toEqual(['Bonjour', 'Encore', 'Toujours']);
  });

  it('fails for good in a room the bot is not in, and transiently when the homeserver is down', async () => {
    const other = double.addRoom({ name: 'ailleurs', members: [] }).roomId;
    await expect(sender.post({ channelId: other, message: 'x' })).rejects.toMatchObject({ permanent: true, statusCode: 403 });
    double.failNext(1, { status: 502 });
    await expect(sender.post({ channelId: roomId, message: 'x' })).rejects.toMatchObject({ permanent: false, statusCode: 502 });
    const down = new MatrixChatSender({ homeserverUrl: 'http://127.0.0.1:9', accessToken: bot.token });
    await expect(down.post({ channelId: roomId, message: 'x' })).rejects.toMatchObject({ permanent: false, statusCode: undefined });
  });
});
