import { Client4, ClientError } from '@mattermost/client';
import { MattermostDouble } from '@cercle/dev-servers';

// The real Client4 against the double: if the double's URLs, status codes or Content-Type drift from
// what Client4 expects, these tests fail the way Cercle's chat provider would.
describe('MattermostDouble with the real Client4', () => {
  const double = new MattermostDouble();
  let url: string;

  beforeAll(async () => {
    ({ url } = await double.start());
  });
  afterAll(() => double.stop());
  beforeEach(() => double.reset());

  function clientFor(token: string): Client4 {
    const client = new Client4();
    client.setUrl(url);
    client.setToken(token);
    return client;
  }

  function seedBotInChannel() {
    const bot = double.createBot('cercle-bot');
    const alice = double.addUser({ username: 'alice', email: 'Alice@Example.org' });
    const channel = double.addChannel({ name: 'cafe-philo', displayName: 'Café philo', memberIds: [bot.user.id, alice.id] });
    return { bot, alice, channel, client: clientFor(bot.token) };
  }

  it('returns the token owner from getMe, with a 26-character Mattermost id', async () => {
    const { bot, client } = seedBotInChannel();
    const me = await client.getMe();
    expect(me).toMatchObject({ id: bot.user.id, username: 'cercle-bot', is_bot: true });
    expect(me.id).toMatch(/^[a-z0-9]{26}$/);
  });

  it('rejects an unknown token with 401 and the session-expired error Client4 exposes', async () => {
    seedBotInChannel();
    const error: unknown = await clientFor('not-a-token')
      .getMe()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ClientError);
    expect(error).toMatchObject({
      status_code: 401,
      server_error_id: 'api.context.session_expired.app_error',
      message: 'Invalid or expired session, please login again.',
    });
  });

  it('finds users by username, email, ids and usernames', async () => {
    const { alice, bot, client } = seedBotInChannel();
    await expect(client.getUserByUsername('alice')).resolves.toMatchObject({ id: alice.id });
    await expect(client.getUserByEmail('alice@example.org')).resolves.toMatchObject({ id: alice.id });
    const byIds = await client.getProfilesByIds([alice.id, bot.user.id]);
    expect(byIds.map((u) => u.username).sort()).toEqual(['alice', 'cercle-bot']);
    await expect(client.getProfilesByUsernames(['alice', 'nobody'])).resolves.toEqual([expect.objectContaining({ id: alice.id })]);
    await expect(client.getUserByUsername('nobody')).rejects.toMatchObject({ status_code: 404 });
  });

  it('posts an announcement, a reply in its thread and a file, and returns the thread', async () => {
    const { bot, channel, client } = seedBotInChannel();
    const root = await client.createPost({
      channel_id: channel.id,
      message: 'Séance du 12 mars : **Le temps**',
      props: { cercle_occurrence: 'occ-1' },
    } as never);
    expect(root).toMatchObject({ channel_id: channel.id, user_id: bot.user.id, root_id: '', props: { cercle_occurrence: 'occ-1' } });
    expect(root.create_at).toBeGreaterThan(Date.now() - 10_000);

    const form = new FormData();
    form.append('channel_id', channel.id);
    const ics = 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n';
    form.append('files', new Blob([ics], { type: 'text/calendar' }), 'seance.ics');
    const upload = await client.uploadFile(form);
    expect(upload.file_infos).toEqual([
      expect.objectContaining({
        name: 'seance.ics',
        extension: 'ics',
        mime_type: 'text/calendar',
        size: ics.length,
        channel_id: channel.id,
        user_id: bot.user.id,
      }),
    ]);

    const reply = await client.createPost({
      channel_id: channel.id,
      root_id: root.id,
      message: 'Rappel : demain 19 h',
      file_ids: [upload.file_infos[0].id],
    } as never);
    expect(reply.root_id).toBe(root.id);
    expect(reply.file_ids).toEqual([upload.file_infos[0].id]);

    const thread = await client.getPostThread(reply.id);
    expect(thread.order).toEqual([reply.id, root.id]);
    expect(thread.posts[root.id].reply_count).toBe(1);
    await expect(client.getPost(root.id)).resolves.toMatchObject({ message: 'Séance du 12 mars : **Le temps**' });
    await expect(client.getPosts(channel.id)).resolves.toMatchObject({ order: [reply.id, root.id] });
    expect(double.files()[0]).toMatchObject({ post_id: reply.id });
    expect(double.files()[0].content.toString()).toBe(ics);
    expect(double.posts({ rootId: root.id })).toHaveLength(2);
  });

  it('answers 404 for an unknown channel, 403 outside the bot channels and 400 for a bad root id', async () => {
    const { client, channel } = seedBotInChannel();
    const elsewhere = double.addChannel({ name: 'bureau', type: 'P' });
    const unknownId = 'abcdefghijklmnopqrstuvwxyz';
    await expect(client.getChannel(unknownId)).rejects.toMatchObject({
      status_code: 404,
      server_error_id: 'app.channel.get.existing.app_error',
    });
    await expect(client.getChannel(channel.id)).resolves.toMatchObject({ name: 'cafe-philo', display_name: 'Café philo' });
    await expect(client.createPost({ channel_id: elsewhere.id, message: 'x' } as never)).rejects.toMatchObject({
      status_code: 403,
      server_error_id: 'api.context.permissions.app_error',
    });
    await expect(client.createPost({ channel_id: channel.id, root_id: unknownId, message: 'x' } as never)).rejects.toMatchObject({
      status_code: 400,
    });
    await expect(client.createPost({ message: 'no channel' } as never)).rejects.toMatchObject({
      status_code: 400,
      server_error_id: 'api.context.invalid_body_param.app_error',
    });
    expect(double.posts()).toHaveLength(0);
  });

  it('opens the same direct channel twice and lets the bot post in it', async () => {
    const { bot, alice, client } = seedBotInChannel();
    const dm = await client.createDirectChannel([bot.user.id, alice.id]);
    expect(dm).toMatchObject({ type: 'D', name: [bot.user.id, alice.id].sort().join('__') });
    await expect(client.createDirectChannel([alice.id, bot.user.id])).resolves.toMatchObject({ id: dm.id });
    await client.createPost({ channel_id: dm.id, message: 'Tu es rapporteuse jeudi' } as never);
    expect(double.posts({ channelId: dm.id }).map((p) => p.message)).toEqual(['Tu es rapporteuse jeudi']);
  });
});
