import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { QueueName } from '@cercle/contracts';
import { CercleApi } from '../../demo/src/api-client';
import { status, whenKnown } from '../../demo/src/community';
import { settle } from '../../demo/src/settle';
import { launcherEnv, startLauncher, type Launcher } from './launcher-process';

const NIL = '00000000-0000-4000-8000-000000000000';

interface InboxEmail {
  id: string;
  subject: string;
}
interface InboxPost {
  channel_id: string;
  message: string;
}

/** bull-board on BullMQ's PostgreSQL backend (npm start's default), behind the admin token only. */
async function expectQueueDashboard(gateway: string, adminToken: string): Promise<void> {
  expect((await fetch(`${gateway}/queues`)).status).toBe(401);
  expect((await fetch(`${gateway}/queues`, { headers: { authorization: 'Bearer not-the-admin-token' } })).status).toBe(401);
  const basic = `Basic ${Buffer.from(`ops:${adminToken}`).toString('base64')}`;
  const page = await fetch(`${gateway}/queues`, { headers: { authorization: basic } });
  expect(page.status).toBe(200);
  expect(await page.text()).toContain('<html');
  const api = await fetch(`${gateway}/queues/api/queues?page=1&jobsPerPage=10`, { headers: { authorization: `Bearer ${adminToken}` } });
  expect(api.status).toBe(200);
  const { queues } = (await api.json()) as { queues: Array<{ name: string; counts: Record<string, number> }> };
  expect(queues.map((q) => q.name).sort()).toEqual(Object.values(QueueName).sort());
  expect(queues.find((q) => q.name === QueueName.Notifications)?.counts.completed).toBeGreaterThan(0);
}

/**
 * Stopping and starting `npm start` again must lose nothing a person set up: the channel id given to a
 * community, the mail already caught, and the posts to that channel, which keep being delivered.
 */
describe('the launcher, restarted on the same data folder', () => {
  let dataDir: string;
  beforeAll(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'cercle-restart-'));
    chmodSync(dataDir, 0o755);
  });
  // A launcher left running by a failed assertion would keep its PostgreSQL and ports after the suite.
  let running: Launcher | null = null;
  afterAll(async () => {
    if (running) await running.interrupt();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('keeps the channel id, the caught mail and the posts, honours PUBLIC_URL, and stops quietly both times', async () => {
    const env = await launcherEnv(dataDir, { PUBLIC_URL: 'https://cercle.example.org' });
    const gateway = `http://127.0.0.1:${env.PORT}`;
    const first = await startLauncher(env);
    running = first;
    expect(first.printed('Adresse publique')).toBe('https://cercle.example.org');
    const channelId = first.printed('Canal Mattermost');
    const inbox = first.printed('Boîte locale');
    const inboxGet = async <T>(path: string): Promise<T> => (await fetch(`${inbox}${path}`)).json() as Promise<T>;

    const { token } = await new CercleApi(gateway, first.printed('Jeton administrateur')).post('/organisers', {
      name: 'Camille',
      email: 'camille@example.org',
    });
    const api = new CercleApi(gateway, token);
    await settle(async () => (await status(() => api.get(`/occurrences/${NIL}`))) === 404, 'events to accept the token');
    const community = await api.post('/communities', { name: 'Café des pairs', mattermostChannelId: channelId });
    await api.post(`/communities/${community.id}/members`, { members: [{ name: 'Alice Martin', email: 'alice@example.org' }] });
    const firstDate = new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10);
    const { series } = await whenKnown(
      () =>
        api.post('/series', {
          communityId: community.id,
          title: 'Café des pairs',
          formatId: 'peer-group',
          recurrence: { rrule: 'FREQ=MONTHLY', firstDate, startTime: '18:00', timeZone: 'Europe/Paris' },
          location: 'Salle 2',
        }),
      'events to know the community',
    );
    const occurrence = await settle(
      async () => ((await api.get(`/series/${series.id}/occurrences`)) as Array<{ id: string }>)[0],
      'a planned occurrence',
    );
    // plan, then announce: the announcement goes to Alice by email and to the channel.
    await api.post(`/occurrences/${occurrence.id}/advance`);
    await api.post(`/occurrences/${occurrence.id}/advance`);
    const channelPosts = async () => (await inboxGet<InboxPost[]>('/api/mattermost/posts')).filter((p) => p.channel_id === channelId);
    await settle(
      async () => (await channelPosts()).length >= 1 && (await inboxGet<InboxEmail[]>('/api/emails')).length >= 1,
      'the announcement by email and in the channel',
      60_000,
    );
    await expectQueueDashboard(gateway, first.printed('Jeton administrateur'));
    const emailsBefore = await inboxGet<InboxEmail[]>('/api/emails');
    const postsBefore = await channelPosts();

    running = null;
    const firstStop = await first.interrupt();
    expect(firstStop.code).toBe(0);
    expect(firstStop.lines.length).toBeLessThanOrEqual(10);

    const second = await startLauncher(env);
    try {
      expect(second.printed('Canal Mattermost')).toBe(channelId);
      expect(second.printed('Boîte locale')).toBe(inbox);
      expect((await inboxGet<InboxEmail[]>('/api/emails')).map((e) => e.id)).toEqual(emailsBefore.map((e) => e.id));
      expect(await channelPosts()).toEqual(postsBefore);
      // The community still holds the old channel id: the cancellation must reach that channel.
      await api.post(`/occurrences/${occurrence.id}/cancel`, { reason: 'Salle indisponible' });
      await settle(async () => (await channelPosts()).length > postsBefore.length, 'the cancellation in the old channel', 60_000);
      expect((await api.get('/deliveries?status=failed')).items).toEqual([]);
    } finally {
      const secondStop = await second.interrupt();
      expect(secondStop.code).toBe(0);
      expect(secondStop.lines.length).toBeLessThanOrEqual(10);
    }
  }, 300_000);
});
