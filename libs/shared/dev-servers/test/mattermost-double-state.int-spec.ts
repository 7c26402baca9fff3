import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client4 } from '@mattermost/client';
import { MattermostDouble } from '@cercle/dev-servers';

// The dev launcher restarts the double with the same state file: communities keep the channel id they
// were given, so the channel, the bot's token and the earlier posts must all still be there.
describe('MattermostDouble with a state file', () => {
  let dir: string;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'mattermost-double-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('keeps users, channels, tokens and posts across a restart, and takes new posts in the old channel', async () => {
    const stateFile = join(dir, 'mattermost.json');
    const first = new MattermostDouble({ stateFile });
    const { url } = await first.start();
    expect(first.restored).toBe(false);
    const bot = first.createBot('cercle-bot');
    const channel = first.addChannel({ name: 'communaute', memberIds: [bot.user.id] });
    const client = new Client4();
    client.setUrl(url);
    client.setToken(bot.token);
    await client.createPost({ channel_id: channel.id, message: 'avant' } as never);
    await first.stop();

    const second = new MattermostDouble({ stateFile });
    const restarted = await second.start();
    try {
      expect(second.restored).toBe(true);
      expect(second.channels().map((c) => c.id)).toEqual([channel.id]);
      client.setUrl(restarted.url);
      await client.createPost({ channel_id: channel.id, message: 'après' } as never);
      expect(second.posts({ channelId: channel.id }).map((p) => p.message)).toEqual(['avant', 'après']);
    } finally {
      await second.stop();
    }
  });

  it('keeps nothing without a state file', async () => {
    const double = new MattermostDouble();
    await double.start();
    double.createBot('cercle-bot');
    await double.stop();
    const again = new MattermostDouble();
    await again.start();
    expect(again.users()).toEqual([]);
    await again.stop();
  });
});
