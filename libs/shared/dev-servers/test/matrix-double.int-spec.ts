import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MatrixDouble } from '@cercle/dev-servers';

// Raw HTTP, as a homeserver sees it: the double must refuse what a real one refuses.
describe('MatrixDouble, the client-server API as strict as a homeserver', () => {
  const double = new MatrixDouble();
  let url: string;
  let bot: { userId: string; token: string };
  let roomId: string;
  const call = (method: string, path: string, body?: unknown, token: string | null = bot.token) =>
    fetch(`${url}${path}`, {
      method,
      headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  const send = (txnId: string, body: unknown = { msgtype: 'm.text', body: 'bonjour' }, room = roomId) =>
    call('PUT', `/_matrix/client/v3/rooms/${encodeURIComponent(room)}/send/m.room.message/${txnId}`, body);

  beforeAll(async () => {
    ({ url } = await double.start());
  });
  afterAll(() => double.stop());
  beforeEach(() => {
    double.reset();
    bot = double.addUser('cercle');
    roomId = double.addRoom({ name: 'ALLiaNCE', members: [bot.userId] }).roomId;
  });

  it('wants a Bearer token: missing is M_MISSING_TOKEN, unknown is M_UNKNOWN_TOKEN, both 401', async () => {
    const missing = await call('GET', '/_matrix/client/v3/account/whoami', undefined, null);
    expect(missing.status).toBe(401);
    expect(await missing.json()).toMatchObject({ errcode: 'M_MISSING_TOKEN' });
    const unknown = await call('GET', '/_matrix/client/v3/account/whoami', undefined, 'syt_wrong');
    expect(unknown.status).toBe(401);
    expect(await unknown.json()).toEqual({ errcode: 'M_UNKNOWN_TOKEN', error: 'Invalid access token passed.', soft_logout: false });
    const me = await call('GET', '/_matrix/client/v3/account/whoami');
    expect(await me.json()).toEqual({ user_id: bot.userId, is_guest: false });
  });

  it('rate-limits with M_LIMIT_EXCEEDED, retry_after_ms and Retry-After, then serves again', async () => {
    double.failNext(1, { status: 429, retryAfterMs: 2200 });
    const limited = await send('t1');
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('3');
    expect(await limited.json()).toEqual({ errcode: 'M_LIMIT_EXCEEDED', error: 'Too Many Requests', retry_after_ms: 2200 });
    expect((await send('t1')).status).toBe(200);
    expect(double.events()).toHaveLength(1);
  });

  it('answers a repeated transaction id with the first event, and stores it once', async () => {
    const first = (await (await send('same')).json()) as { event_id: string };
    const again = (await (await send('same', { msgtype: 'm.text', body: 'autre' })).json()) as { event_id: string };
    expect(again.event_id).toBe(first.event_id);
    expect(double.events().map((e) => e.content.body)).toEqual(['bonjour']);
    // Transaction ids belong to one access token: another token's same id is another event.
    const other = double.addUser('other');
    double.store.rooms.get(roomId)!.joined.push(other.userId);
    const fromOther = await call(
      'PUT',
      `/_matrix/client/v3/rooms/${encodeURIComponent(roomId)}/send/m.room.message/same`,
      { body: 'x' },
      other.token,
    );
    expect(((await fromOther.json()) as { event_id: string }).event_id).not.toBe(first.event_id);
  });

  it('refuses a room the sender is not in, a body that is not a JSON object, a thread root from elsewhere and unknown routes', async () => {
    const elsewhere = double.addRoom({ name: 'ailleurs', members: [] }).roomId;
    const forbidden = await send('a', undefined, elsewhere);
    expect(forbidden.status).toBe(403);
    expect(await forbidden.json()).toMatchObject({ errcode: 'M_FORBIDDEN' });
    expect((await send('b', [1, 2])).status).toBe(400);
    const badRoot = await send('c', { body: 'x', 'm.relates_to': { rel_type: 'm.thread', event_id: '$nowhere' } });
    expect(badRoot.status).toBe(400);
    expect((await send('d', undefined, '#alias:cercle.localhost')).status).toBe(400);
    const unknown = await call('GET', '/_matrix/client/v3/sync');
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ errcode: 'M_UNRECOGNIZED' });
    expect(double.events()).toHaveLength(0);
  });

  it('keeps account data per user and refuses another user’s', async () => {
    const path = `/_matrix/client/v3/user/${encodeURIComponent(bot.userId)}/account_data/m.direct`;
    expect((await call('GET', path)).status).toBe(404);
    expect((await call('PUT', path, { '@a:x.org': ['!r:x.org'] })).status).toBe(200);
    expect(await (await call('GET', path)).json()).toEqual({ '@a:x.org': ['!r:x.org'] });
    const other = double.addUser('other');
    expect((await call('GET', path, undefined, other.token)).status).toBe(403);
  });

  it('keeps users, tokens, rooms, events and transactions across a restart with a state file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'matrix-double-'));
    try {
      const stateFile = join(dir, 'matrix.json');
      const first = new MatrixDouble({ stateFile });
      const { url: firstUrl } = await first.start();
      const me = first.addUser('cercle');
      const room = first.addRoom({ name: 'ALLiaNCE', members: [me.userId] }).roomId;
      const put = (base: string) =>
        fetch(`${base}/_matrix/client/v3/rooms/${encodeURIComponent(room)}/send/m.room.message/t1`, {
          method: 'PUT',
          headers: { authorization: `Bearer ${me.token}` },
          body: JSON.stringify({ body: 'avant' }),
        }).then((r) => r.json() as Promise<{ event_id: string }>);
      const before = await put(firstUrl);
      await first.stop();

      const second = new MatrixDouble({ stateFile });
      const { url: secondUrl } = await second.start();
      expect(second.restored).toBe(true);
      expect((await put(secondUrl)).event_id).toBe(before.event_id);
      expect(second.events({ roomId: room })).toHaveLength(1);
      await second.stop();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
