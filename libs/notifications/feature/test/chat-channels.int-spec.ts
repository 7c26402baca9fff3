import { randomUUID } from 'node:crypto';
import { NotificationsHarness, seedCommunity } from './notifications-harness';

jest.setTimeout(60_000);

describe('notifications: the bot’s Mattermost channels, for an organiser to pick one', () => {
  const harness = new NotificationsHarness();

  beforeAll(() => harness.start('notif_chat_channels'));
  afterAll(() => harness.stop());

  it('lists the team channels the bot is in, by name, without the others nor its direct messages', async () => {
    const { communityId } = await seedCommunity(harness, [{ name: 'Lou', mattermostUsername: 'lou' }]);
    const private_ = harness.mattermost.addChannel({ name: 'orga', displayName: 'Atelier orga', type: 'P', memberIds: [harness.botId] });
    const notIn = harness.mattermost.addChannel({ name: 'hors-bot', displayName: 'Hors bot' });
    const lou = harness.mattermost.users().find((u) => u.username === 'lou')!;
    harness.mattermost.addMember(notIn.id, lou.id);
    const dm = await fetch(`${harness.mattermost.url}/api/v4/channels/direct`, {
      method: 'POST',
      headers: { authorization: `Bearer ${harness.mattermost.tokenOf(harness.botId)}`, 'content-type': 'application/json' },
      body: JSON.stringify([harness.botId, lou.id]),
    });
    expect(dm.status).toBe(201);

    const answer = await harness.http('GET', `/notifications/communities/${communityId}/chat-channels`);

    expect(answer.status).toBe(200);
    expect(answer.body.channels).toEqual([
      { id: private_.id, name: 'orga', displayName: 'Atelier orga', type: 'P', teamName: 'cercle', teamDisplayName: 'Cercle' },
      {
        id: harness.channelId,
        name: 'team-alliance',
        displayName: 'team-alliance',
        type: 'O',
        teamName: 'cercle',
        teamDisplayName: 'Cercle',
      },
    ]);
  });

  it('answers 502 with a code the console can word when Mattermost fails', async () => {
    const { communityId } = await seedCommunity(harness, []);
    harness.mattermost.failNext(1, { status: 503, path: /\/users\/me\/teams$/ });
    const answer = await harness.http('GET', `/notifications/communities/${communityId}/chat-channels`);
    expect(answer.status).toBe(502);
    expect(answer.body.code).toBe('mattermost-unavailable');
  });

  // Someone else's community answers as one that does not exist, so ids cannot be probed.
  it('answers 404 to an organiser who does not organise the community, listing nothing', async () => {
    const communityId = randomUUID();
    await harness.feed('community.changed', { communityId, name: 'Autre', mattermostChannelId: null, defaultLanguage: 'fr' });
    const answer = await harness.http('GET', `/notifications/communities/${communityId}/chat-channels`);
    expect(answer.status).toBe(404);
    expect(answer.body.channels).toBeUndefined();
  });
});
