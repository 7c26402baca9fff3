import { MattermostDouble } from '@cercle/dev-servers';
import { renderChatPost, renderNotesReply } from '@cercle/notifications-domain';
import { MattermostChatSender } from './chat-sender';
import { DeliveryError } from './delivery-error';

describe('MattermostChatSender against the Mattermost double', () => {
  const double = new MattermostDouble();
  let url: string;
  let token: string;
  let botId: string;
  let channelId: string;
  let sender: MattermostChatSender;

  beforeAll(async () => {
    ({ url } = await double.start());
  });
  afterAll(() => double.stop());

  beforeEach(() => {
    double.reset();
    const bot = double.createBot('cercle-bot');
    token = bot.token;
    botId = bot.user.id;
    double.addUser({ username: 'alice' });
    channelId = double.addChannel({ name: 'team-alliance', memberIds: [botId] }).id;
    sender = new MattermostChatSender({ url, token });
  });

  it('edits its own post in place through PUT /posts/{id}/patch, as Mattermost v4 does', async () => {
    const { postId } = await sender.post({ channelId, message: 'Séances passées : une' });
    await sender.editPost({ channelId, postId, message: 'Séances passées : deux' });
    const posts = double.posts({ channelId });
    expect(posts).toHaveLength(1);
    expect(posts[0]).toMatchObject({ id: postId, message: 'Séances passées : deux' });
    expect(posts[0].edit_at).toBeGreaterThan(0);
  });

  it('may not edit a post it did not write, nor one that does not exist: refused for good', async () => {
    const other = double.createBot('autre-bot');
    const shared = double.addChannel({ name: 'autre', memberIds: [other.user.id, botId] }).id;
    const { postId } = await new MattermostChatSender({ url, token: other.token }).post({ channelId: shared, message: 'à moi' });
    await expect(sender.editPost({ channelId, postId, message: 'non' })).rejects.toMatchObject({ permanent: true, statusCode: 403 });
    await expect(sender.editPost({ channelId, postId: 'a'.repeat(26), message: 'non' })).rejects.toBeInstanceOf(DeliveryError);
  });

  it('posts a notes thread: root, one reply per workshop and the full notes as a file', async () => {
    const root = renderChatPost('notesArchive', {
      language: 'fr',
      recipient: { name: 'équipe' },
      community: { name: 'ALLiaNCE' },
      occurrence: {
        id: 'o1',
        title: 'Rencontres @all',
        startsAt: '2026-03-12T09:00:00Z',
        endsAt: '2026-03-12T17:00:00Z',
        timeZone: 'Europe/Paris',
      },
      links: {},
      notes: [{ workshop: 'RGAA', markdown: '- point' }],
    });
    const { postId: rootId } = await sender.post({
      channelId,
      message: root.message,
      file: { name: 'notes.md', content: '# Notes\n\n- point', mimeType: 'text/markdown' },
    });
    const reply = renderNotesReply({ workshop: 'RGAA', scribe: 'Farid', markdown: '- point' }, 'fr');
    const { postId: replyId } = await sender.post({ channelId, message: reply.message, rootId });

    const posts = double.posts({ channelId });
    expect(posts.map((p) => p.id)).toEqual([rootId, replyId]);
    expect(posts[0].message).toContain('Notes de la rencontre « Rencontres @\u2060all');
    expect(posts[0].user_id).toBe(botId);
    expect(posts[1].root_id).toBe(rootId);
    expect(posts[1].message).toContain('##### RGAA');

    const files = double.files();
    expect(files).toHaveLength(1);
    expect(posts[0].file_ids).toEqual([files[0].id]);
    expect(files[0]).toMatchObject({ name: 'notes.md', channel_id: channelId });
    expect(files[0].content.toString('utf8')).toBe('# Notes\n\n- point');
  });

  it('sends a direct message to a user by username', async () => {
    const { postId, channelId: dmId } = await sender.directMessage({ username: 'alice', message: 'Prête pour jeudi ?' });
    const [post] = double.posts({ channelId: dmId });
    expect(post).toMatchObject({ id: postId, message: 'Prête pour jeudi ?', user_id: botId });
    expect(double.channels().find((c) => c.id === dmId)?.type).toBe('D');
  });

  it('turns a plain-text 429 into a transient DeliveryError with Retry-After', async () => {
    double.failNext(1, { status: 429, retryAfterSeconds: 7 });
    const error = await sender.post({ channelId, message: 'hello' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DeliveryError);
    expect(error).toMatchObject({ permanent: false, retryAfterMs: 7000, statusCode: 429 });
    expect((error as DeliveryError).providerResponse).toContain('Too Many Requests');
    // The limit passed, the same call goes through.
    await expect(sender.post({ channelId, message: 'hello' })).resolves.toHaveProperty('postId');
  });

  it('treats a 503 as transient and a 404 (unknown channel) as permanent', async () => {
    double.failNext(1, { status: 503 });
    await expect(sender.post({ channelId, message: 'x' })).rejects.toMatchObject({ permanent: false, statusCode: 503 });
    await expect(sender.post({ channelId: 'nochannelnochannelnochann', message: 'x' })).rejects.toMatchObject({ permanent: true });
  });

  it('treats an unreachable server as transient', async () => {
    const down = new MattermostDouble();
    const address = await down.start();
    await down.stop();
    const offline = new MattermostChatSender({ url: address.url, token });
    await expect(offline.post({ channelId, message: 'x' })).rejects.toMatchObject({ name: 'DeliveryError', permanent: false });
  });

  it('never puts the bot token in an error, whatever failed', async () => {
    const wrongToken = 'secret-token-that-must-not-leak-0123456789';
    const stranger = new MattermostChatSender({ url, token: wrongToken });
    double.failNext(1, { status: 429, retryAfterSeconds: 1 });
    const errors = [
      await stranger.post({ channelId, message: 'x' }).catch((e: unknown) => e),
      await stranger.post({ channelId, message: 'x' }).catch((e: unknown) => e),
      await stranger.directMessage({ username: 'alice', message: 'x' }).catch((e: unknown) => e),
      await sender.post({ channelId: 'missing', message: 'x' }).catch((e: unknown) => e),
    ];
    const secrets = [wrongToken, token];
    for (const error of errors) {
      expect(error).toBeInstanceOf(DeliveryError);
      const seen = `${(error as Error).message} ${(error as Error).stack} ${JSON.stringify(error)} ${String(error)}`;
      for (const secret of secrets) expect(seen).not.toContain(secret);
    }
    expect(errors[1]).toMatchObject({ permanent: true, statusCode: 401 });
  });
});
