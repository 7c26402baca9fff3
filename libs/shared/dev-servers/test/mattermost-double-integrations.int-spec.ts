import { createServer, type IncomingMessage, type Server } from 'node:http';
import { MattermostDouble } from '@cercle/dev-servers';

interface Received {
  path: string;
  headers: IncomingMessage['headers'];
  body: string;
}

/**
 * The double plays Mattermost's side of a slash command and of message actions against a small HTTP
 * integration: the requests it sends, and how it applies (or refuses) the answers.
 */
describe('MattermostDouble running slash commands and clicking buttons', () => {
  const double = new MattermostDouble();
  let integration: Server;
  let base: string;
  const received: Received[] = [];
  let answer: (path: string) => { status: number; body: unknown; delayMs?: number } = () => ({ status: 200, body: {} });

  beforeAll(async () => {
    await double.start();
    integration = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk) => (body += chunk));
      req.on('end', () => {
        received.push({ path: req.url ?? '', headers: req.headers, body });
        const { status, body: out, delayMs = 0 } = answer(req.url ?? '');
        setTimeout(() => {
          res.writeHead(status, { 'content-type': 'application/json' });
          res.end(JSON.stringify(out));
        }, delayMs);
      });
    });
    await new Promise<void>((resolve) => integration.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(integration.address() as { port: number }).port}`;
  });

  afterAll(async () => {
    await double.stop();
    await new Promise((resolve) => integration.close(resolve));
  });

  function world() {
    const alice = double.addUser({ username: `alice${received.length}${Date.now()}` });
    const bob = double.addUser({ username: `bob${received.length}${Date.now()}` });
    const channel = double.addChannel({ name: `c${Date.now()}`, memberIds: [alice.id] });
    return { alice, bob, channel };
  }

  it('sends the form Mattermost sends, with the token in the body and the Authorization header', async () => {
    const command = double.addSlashCommand('cercle', `${base}/command`);
    const { alice, channel } = world();
    answer = () => ({ status: 200, body: { response_type: 'ephemeral', text: 'Bonjour' } });
    const outcome = await double.runSlashCommand({ userId: alice.id, channelId: channel.id, command: '/cercle sujet Un titre' });
    const last = received[received.length - 1];
    expect(last.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(last.headers.authorization).toBe(`Token ${command.token}`);
    const form = Object.fromEntries(new URLSearchParams(last.body));
    expect(form).toMatchObject({
      token: command.token,
      channel_id: channel.id,
      user_id: alice.id,
      user_name: alice.username,
      command: '/cercle',
      text: 'sujet Un titre',
    });
    expect(Object.keys(form)).toEqual(expect.arrayContaining(['team_id', 'team_domain', 'channel_name', 'response_url', 'trigger_id']));
    expect(outcome.ephemeral?.message).toBe('Bonjour');
    expect(double.posts({ channelId: channel.id })).toHaveLength(0);
    expect(double.ephemeralPosts(alice.id)).toContainEqual(outcome.ephemeral);
  });

  it('refuses a command from someone outside the channel, an unknown trigger, a failing or slow integration', async () => {
    double.addSlashCommand('cercle', `${base}/command`);
    const { alice, bob, channel } = world();
    await expect(double.runSlashCommand({ userId: bob.id, channelId: channel.id, command: '/cercle' })).rejects.toMatchObject({
      statusCode: 403,
    });
    await expect(double.runSlashCommand({ userId: alice.id, channelId: channel.id, command: '/autre' })).rejects.toMatchObject({
      statusCode: 404,
    });
    answer = () => ({ status: 401, body: { message: 'no' } });
    await expect(double.runSlashCommand({ userId: alice.id, channelId: channel.id, command: '/cercle' })).rejects.toMatchObject({
      statusCode: 500,
    });
    answer = () => ({ status: 200, body: { text: 'trop tard' }, delayMs: 3500 });
    await expect(double.runSlashCommand({ userId: alice.id, channelId: channel.id, command: '/cercle' })).rejects.toMatchObject({
      statusCode: 500,
    });
  }, 10000);

  it('calls a button’s integration with its context, edits the post in place and shows the ephemeral text to the clicker only', async () => {
    double.addSlashCommand('cercle', `${base}/command`);
    const { alice, channel } = world();
    const context = { action: 'register', signature: 'abc' };
    answer = () => ({
      status: 200,
      body: {
        response_type: 'in_channel',
        text: 'Annonce',
        attachments: [{ text: '0', actions: [{ id: 'yes', name: 'Oui', integration: { url: `${base}/action`, context } }] }],
      },
    });
    const { post } = await double.runSlashCommand({ userId: alice.id, channelId: channel.id, command: '/cercle' });
    // As Mattermost does, the API never shows a client a button's integration (URL and signed context).
    const token = 'alice-token-' + Date.now();
    double.addToken(token, alice.id);
    const shown = (await fetch(`${double.url}/api/v4/posts/${post!.id}`, { headers: { authorization: `Bearer ${token}` } }).then((r) =>
      r.json(),
    )) as { props: { attachments: { actions: Record<string, unknown>[] }[] } };
    expect(shown.props.attachments[0].actions[0]).toMatchObject({ id: 'yes', name: 'Oui' });
    expect(shown.props.attachments[0].actions[0]).not.toHaveProperty('integration');
    answer = () => ({
      status: 200,
      body: { ephemeral_text: 'Noté', update: { message: 'Annonce', props: { attachments: [{ text: '1' }] } } },
    });
    const click = await double.clickButton({ userId: alice.id, postId: post!.id, actionId: 'yes' });
    const callback = JSON.parse(received[received.length - 1].body);
    expect(callback).toMatchObject({ user_id: alice.id, user_name: alice.username, channel_id: channel.id, post_id: post!.id, context });
    expect(double.posts({ channelId: channel.id })).toHaveLength(1);
    expect(double.posts({ channelId: channel.id })[0]).toMatchObject({ message: 'Annonce', props: { attachments: [{ text: '1' }] } });
    expect(click.ephemeral?.message).toBe('Noté');
    await expect(double.clickButton({ userId: alice.id, postId: post!.id, actionId: 'nope' })).rejects.toMatchObject({ statusCode: 404 });
  });

  it('does the same for another process over its inspection routes', async () => {
    const { alice, channel } = world();
    const post = (path: string, body: unknown) =>
      fetch(`${double.url}${path}`, { method: 'POST', body: JSON.stringify(body) }).then((r) => r.json() as Promise<any>);
    await post('/_double/commands', { trigger: 'cercle', url: `${base}/command` });
    answer = () => ({ status: 200, body: { text: 'Par HTTP' } });
    const outcome = await post('/_double/commands/execute', { user_id: alice.id, channel_id: channel.id, command: '/cercle aide' });
    expect(outcome.ephemeral.message).toBe('Par HTTP');
    const shown = await fetch(`${double.url}/_double/ephemeral?user_id=${alice.id}`).then(
      (r) => r.json() as Promise<Array<{ id: string }>>,
    );
    expect(shown.map((p) => p.id)).toEqual([outcome.ephemeral.id]);
  });

  it('runs a command for a username given instead of a user id, over HTTP', async () => {
    const { alice, channel } = world();
    await fetch(`${double.url}/_double/commands`, { method: 'POST', body: JSON.stringify({ trigger: 'cercle', url: `${base}/command` }) });
    answer = () => ({ status: 200, body: { text: 'Par nom' } });
    const before = received.length;
    const outcome = await fetch(`${double.url}/_double/commands/execute`, {
      method: 'POST',
      body: JSON.stringify({ username: `@${alice.username}`, channel_id: channel.id, command: '/cercle' }),
    }).then((r) => r.json() as Promise<{ ephemeral: { message: string } }>);
    expect(outcome.ephemeral.message).toBe('Par nom');
    expect(new URLSearchParams(received[before].body).get('user_id')).toBe(alice.id);
  });

  it('serves a post’s permalink as a page with its thread, and 404 for an unknown post', async () => {
    const { alice, channel } = world();
    const token = `permalinktoken${Date.now()}`;
    double.addToken(token, alice.id);
    const create = (body: Record<string, string>) =>
      fetch(`${double.url}/api/v4/posts`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ channel_id: channel.id, ...body }),
      }).then((r) => r.json() as Promise<{ id: string }>);
    const root = await create({ message: 'Notes de la séance <b>1</b>' });
    await create({ message: 'Une réponse', root_id: root.id });
    const page = await fetch(`${double.url}/_redirect/pl/${root.id}`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await page.text();
    expect(html).toContain('Notes de la séance &#60;b&#62;1&#60;/b&#62;');
    expect(html).toContain('Une réponse');
    expect((await fetch(`${double.url}/_redirect/pl/${'x'.repeat(26)}`)).status).toBe(404);
  });
});
