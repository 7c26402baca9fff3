import { Client4 } from '@mattermost/client';
import { MattermostDouble, type DoubleChannel, type DoublePost, type DoubleUser, type LoggedRequest } from '@cercle/dev-servers';

type DoubleState = { users: DoubleUser[]; channels: (DoubleChannel & { member_ids: string[] })[]; requests: LoggedRequest[] };
const getJson = async <T>(url: string): Promise<T> => (await fetch(url)).json() as Promise<T>;

describe('MattermostDouble fault injection, headers and HTTP seeding', () => {
  const double = new MattermostDouble();
  let url: string;

  beforeAll(async () => {
    ({ url } = await double.start());
  });
  afterAll(() => double.stop());
  beforeEach(() => double.reset());

  it('sends request, version and rate-limit headers on every answer, errors included', async () => {
    const response = await fetch(`${url}/api/v4/users/me`);
    expect(response.status).toBe(401);
    expect(response.headers.get('content-type')).toBe('application/json');
    expect(response.headers.get('x-request-id')).toMatch(/^[a-z0-9]{26}$/);
    expect(response.headers.get('x-version-id')).toMatch(/^\d+\.\d+\.\d+\./);
    expect(response.headers.get('x-ratelimit-limit')).toBeTruthy();
    expect(response.headers.get('x-ratelimit-remaining')).toBeTruthy();
    const body = await response.json();
    expect(body).toEqual({
      id: 'api.context.session_expired.app_error',
      message: 'Invalid or expired session, please login again.',
      detailed_error: '',
      request_id: response.headers.get('x-request-id'),
      status_code: 401,
    });
  });

  it('answers rate limiting in plain text with Retry-After, then serves normally again', async () => {
    const bot = double.createBot('bot');
    double.failNext(2, { status: 429, retryAfterSeconds: 3 });
    const auth = { Authorization: `Bearer ${bot.token}` };

    const limited = await fetch(`${url}/api/v4/users/me`, { headers: auth });
    expect(limited.status).toBe(429);
    expect(limited.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(limited.headers.get('retry-after')).toBe('3');
    expect(limited.headers.get('x-ratelimit-remaining')).toBe('0');
    expect(limited.headers.get('x-ratelimit-reset')).toBe('3');
    expect(await limited.text()).toBe('429 Too Many Requests');

    // Client4 only reads JSON error bodies: on a text/plain 429 its ClientError has no status_code and an
    // empty message, so a provider must look at the response itself to see the 429 and Retry-After.
    const client = new Client4();
    client.setUrl(url);
    client.setToken(bot.token);
    const error = await client.getMe().catch((e: unknown) => e);
    expect(error).toMatchObject({ status_code: undefined, message: '' });

    await expect(client.getMe()).resolves.toMatchObject({ id: bot.user.id });
    expect(double.requestLog().map((r) => r.status)).toEqual([429, 429, 200]);
  });

  it('fails only the requests whose path matches, with a JSON 500', async () => {
    const bot = double.createBot('bot');
    const channel = double.addChannel({ name: 'general', memberIds: [bot.user.id] });
    double.failNext(1, { status: 500, path: /^\/posts$/ });
    const headers = { Authorization: `Bearer ${bot.token}`, 'Content-Type': 'application/json' };
    expect((await fetch(`${url}/api/v4/users/me`, { headers })).status).toBe(200);
    const failed = await fetch(`${url}/api/v4/posts`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ channel_id: channel.id, message: 'a' }),
    });
    expect(failed.status).toBe(500);
    expect(await failed.json()).toMatchObject({ status_code: 500 });
    const retried = await fetch(`${url}/api/v4/posts`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ channel_id: channel.id, message: 'a' }),
    });
    expect(retried.status).toBe(201);
    expect(double.posts().map((p) => p.message)).toEqual(['a']);
  });

  it('rejects a body that is not JSON with 400', async () => {
    const bot = double.createBot('bot');
    const response = await fetch(`${url}/api/v4/posts`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${bot.token}` },
      body: '{not json',
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ id: 'api.context.invalid_body_param.app_error', status_code: 400 });
  });

  it('can be seeded and inspected over HTTP by another process', async () => {
    const seeded = await fetch(`${url}/_double/seed`, {
      method: 'POST',
      body: JSON.stringify({
        users: [{ username: 'cercle-bot', isBot: true }, { username: 'bob' }],
        channels: [{ name: 'annonces', memberUsernames: ['cercle-bot', 'bob'] }],
        tokens: [{ token: 'dev-token', username: 'cercle-bot' }],
      }),
    });
    expect(seeded.status).toBe(201);
    const { channels } = (await seeded.json()) as { channels: DoubleChannel[] };

    const post = await fetch(`${url}/api/v4/posts`, {
      method: 'POST',
      headers: { Authorization: 'Bearer dev-token' },
      body: JSON.stringify({ channel_id: channels[0].id, message: 'Bonjour' }),
    });
    expect(post.status).toBe(201);

    const posts = await getJson<DoublePost[]>(`${url}/_double/posts`);
    expect(posts.map((p) => p.message)).toEqual(['Bonjour']);
    const state = await getJson<DoubleState>(`${url}/_double/state`);
    expect(state.users.map((u) => u.username).sort()).toEqual(['bob', 'cercle-bot']);
    expect(state.channels[0].member_ids).toHaveLength(2);
    expect(state.requests).toEqual([{ method: 'POST', path: '/api/v4/posts', status: 201 }]);

    const bad = await fetch(`${url}/_double/seed`, {
      method: 'POST',
      body: JSON.stringify({ tokens: [{ token: 't', username: 'ghost' }] }),
    });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { message: string }).message).toContain('ghost');
  });
});
