import { LOGGER, type Logger } from '@cercle/platform';
import { waitFor } from '@cercle/testing';
import { notificationRequest, NotificationsHarness, seedCommunity } from './notifications-harness';

// Outages last seconds and retries follow the contract's backoff (2 s, 4 s, … with jitter).
jest.setTimeout(90_000);

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('notifications: outages, rate limits and secrets', () => {
  const harness = new NotificationsHarness();

  beforeAll(() => harness.start('notif_faults', { captureLogs: true }));
  afterAll(() => harness.stop());

  it('delivers every email exactly once when the SMTP server is down for a while and comes back', async () => {
    const names = Array.from({ length: 15 }, (_, i) => ({ name: `Smtp${i}` }));
    const { communityId, members } = await seedCommunity(harness, names, { channel: false });
    await harness.mail.pause();
    const request = notificationRequest(communityId);
    await harness.feed('notification.requested', request);
    await waitFor(async () => ((await harness.deliveries(request.notificationId)).some((r) => r.attempts > 0) ? true : undefined), {
      description: 'a first refused attempt',
    });
    await pause(2500);
    await harness.mail.resume();
    const rows = await harness.settled(request.notificationId, members.length, 60_000);
    expect(rows.every((r) => r.status === 'sent')).toBe(true);
    expect(rows.some((r) => r.attempts > 1)).toBe(true);
    for (const m of members) expect(harness.mail.messages({ to: m.email })).toHaveLength(1);
  });

  it('posts and direct-messages each once while Mattermost answers 429 and 500 for a while', async () => {
    const names = Array.from({ length: 4 }, (_, i) => ({ name: `Chat${i}`, mattermostUsername: `chat${i}-${Date.now()}` }));
    const { communityId } = await seedCommunity(harness, names);
    const request = notificationRequest(communityId, {
      kind: 'prepReminder',
      emails: false,
      channelPost: true,
      directMessages: true,
      occurrence: { ...notificationRequest(communityId).occurrence, title: `Pannes ${Date.now()}` },
    });
    harness.mattermost.failNext(4, { status: 429, retryAfterSeconds: 1 });
    harness.mattermost.failNext(4, { status: 500 });
    await harness.feed('notification.requested', request);
    const rows = await harness.settled(request.notificationId, 5, 60_000);
    expect(rows.every((r) => r.status === 'sent')).toBe(true);
    const posts = harness.mattermost.posts().filter((p) => p.message.includes(request.occurrence.title));
    expect(posts).toHaveLength(5);
    expect(new Set(posts.map((p) => p.channel_id)).size).toBe(5);
    expect(harness.mattermost.requestLog().filter((r) => r.status === 429 || r.status === 500).length).toBe(8);
  });

  // 3 s: longer than the contract's first backoff (at most 2 s), so ignoring Retry-After fails this test.
  it('waits for Retry-After (3 s) before asking Mattermost again', async () => {
    const { communityId } = await seedCommunity(harness, [{ name: 'Wait' }]);
    const title = `Patience ${Date.now()}`;
    const request = notificationRequest(communityId, {
      emails: false,
      channelPost: true,
      occurrence: { ...notificationRequest(communityId).occurrence, title },
    });
    harness.mattermost.failNext(1, { status: 429, retryAfterSeconds: 3, path: /^\/posts$/ });
    const before = harness.mattermost.requestLog().length;
    await harness.feed('notification.requested', request);
    const limitedAt = await waitFor(
      async () =>
        harness.mattermost
          .requestLog()
          .slice(before)
          .some((r) => r.status === 429)
          ? Date.now()
          : undefined,
      {
        description: 'the 429',
        intervalMs: 10,
      },
    );
    const [row] = await harness.settled(request.notificationId, 1);
    expect(row.status).toBe('sent');
    const post = harness.mattermost.posts().find((p) => p.message.includes(title))!;
    expect(post.create_at - limitedAt).toBeGreaterThanOrEqual(2900);
  });

  it('never writes the bot token to a log, even when the configuration itself is logged', async () => {
    harness.app
      .get<Logger>(LOGGER)
      .info({ config: harness.config, headers: { authorization: `Bearer ${harness.config.MATTERMOST_TOKEN}` } }, 'configuration');
    const token = harness.config.MATTERMOST_TOKEN!;
    expect(harness.logLines.length).toBeGreaterThan(5);
    expect(harness.logLines.some((l) => l.includes('will retry'))).toBe(true);
    expect(harness.logLines.join('\n')).not.toContain(token);
    expect(harness.logLines.join('\n')).not.toContain(harness.config.LINK_SECRET);
  });
});
