import { Client4 } from '@mattermost/client';
import { MattermostDouble } from '@cercle/dev-servers';

// Where the bot belongs, read with the real Client4 (getMyTeams, getMyChannels): the console lists these
// channels so an organiser picks one instead of pasting its id.
describe('MattermostDouble teams and channels of the token owner', () => {
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

  function seed() {
    const bot = double.createBot('cercle-bot');
    const alice = double.addUser({ username: 'alice' });
    const cafe = double.addChannel({ name: 'cafe-philo', displayName: 'Café philo', memberIds: [bot.user.id, alice.id] });
    const secret = double.addChannel({ name: 'orga', displayName: 'Organisation', type: 'P', memberIds: [bot.user.id] });
    const elsewhere = double.addChannel({ name: 'random', displayName: 'Random', memberIds: [alice.id] });
    return { bot, alice, cafe, secret, elsewhere, client: clientFor(bot.token) };
  }

  it('lists the one team of the installation for the token owner', async () => {
    const { client } = seed();
    const teams = await client.getMyTeams();
    expect(teams).toEqual([expect.objectContaining({ name: 'cercle', display_name: 'Cercle', type: 'O' })]);
    expect(teams[0].id).toMatch(/^[a-z0-9]{26}$/);
  });

  it('lists the public and private channels the bot is a member of, and its direct messages, not the others', async () => {
    const { client, cafe, secret, elsewhere, alice, bot } = seed();
    const dm = await client.createDirectChannel([bot.user.id, alice.id]);
    const [team] = await client.getMyTeams();
    const channels = await client.getMyChannels(team.id);
    expect(channels.map((c) => c.id).sort()).toEqual([cafe.id, secret.id, dm.id].sort());
    expect(channels.map((c) => c.id)).not.toContain(elsewhere.id);
    expect(channels.find((c) => c.id === cafe.id)).toMatchObject({ display_name: 'Café philo', type: 'O', team_id: team.id });
  });

  it('answers an empty list for a bot in no channel', async () => {
    const bot = double.createBot('lonely-bot');
    const client = clientFor(bot.token);
    const [team] = await client.getMyTeams();
    await expect(client.getMyChannels(team.id)).resolves.toEqual([]);
  });

  it('refuses an unknown token, another user’s teams and an unknown team like the real server', async () => {
    const { client, alice } = seed();
    await expect(clientFor('nope').getMyTeams()).rejects.toMatchObject({ status_code: 401 });
    await expect(client.getTeamsForUser(alice.id)).rejects.toMatchObject({
      status_code: 403,
      server_error_id: 'api.context.permissions.app_error',
    });
    await expect(client.getMyChannels('a'.repeat(26))).rejects.toMatchObject({
      status_code: 404,
      server_error_id: 'app.team.get.find.app_error',
    });
  });

  it('rate-limits the channel list like every other call, in plain text with Retry-After', async () => {
    const { bot } = seed();
    double.failNext(1, { status: 429, retryAfterSeconds: 3, path: /\/teams\/[a-z0-9]+\/channels$/ });
    const teams = (await (
      await fetch(`${url}/api/v4/users/me/teams`, { headers: { authorization: `Bearer ${bot.token}` } })
    ).json()) as Array<{
      id: string;
    }>;
    const limited = await fetch(`${url}/api/v4/users/me/teams/${teams[0].id}/channels`, {
      headers: { authorization: `Bearer ${bot.token}` },
    });
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('3');
    expect(double.requestLog().at(-1)).toEqual({ method: 'GET', path: `/api/v4/users/me/teams/${teams[0].id}/channels`, status: 429 });
  });
});
