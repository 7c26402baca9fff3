import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestDatabase, freePort, testRedisUrl, uniquePrefix, waitFor } from '@cercle/testing';
import { startStack, Stack } from '../dev/src/stack';
import { runThinLifecycle, ScenarioCounts } from '../demo/src/scenario';

/**
 * The thin lifecycle across the three services as separate processes, on Redis and PostgreSQL, with
 * the notifications process killed (SIGKILL) in the middle of the announcement fan-out and restarted.
 */
describe('thin lifecycle across processes', () => {
  const members = 300;
  const concurrency = 10;
  let stack: Stack;
  let dataDir: string;
  let counts: ScenarioCounts;
  let killedAfter = 0;
  const log: string[] = [];
  const t0 = Date.now();
  // Nest's start-up chatter is left out; the services' other lines stay, to read when something failed.
  const note = (line: string) => {
    if (!/Mapped \{|RoutesResolver|dependencies initialized|Controller \{\//.test(line)) log.push(`${((Date.now() - t0) / 1000).toFixed(1).padStart(6)}s ${line}`);
  };

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'cercle-e2e-'));
    const ports = {
      gateway: await freePort(),
      events: await freePort(),
      membership: await freePort(),
      notifications: await freePort(),
      postgres: 0,
      smtp: await freePort(),
      mattermost: await freePort(),
      inbox: await freePort(),
    };
    stack = await startStack({
      dataDir,
      databaseUrl: await createTestDatabase('e2e'),
      redisUrl: testRedisUrl(),
      queuePrefix: uniquePrefix('e2e'),
      ports,
      logLevel: 'info',
      log: note,
      serviceEnv: { OUTBOX_POLL_MS: '200', WORKER_CONCURRENCY: String(concurrency) },
    });
    counts = await runThinLifecycle(stack, {
      members,
      log: note,
      afterAnnounce: async () => {
        // Kill while the fan-out is under way: some emails sent, most not.
        await waitFor(() => stack.mail!.messages().length >= 20, { description: 'the fan-out to start', timeoutMs: 60000, intervalMs: 5 });
        await stack.kill('notifications', 'SIGKILL');
        killedAfter = stack.mail!.messages().length;
        note(`notifications killed after ${killedAfter} emails`);
        await stack.restart('notifications');
        note(`notifications restarted; ${stack.mail!.messages().length} emails so far`);
      },
    });
  }, 300000);

  afterAll(async () => {
    // The services' warnings and errors and the scenario's progress, to read when something failed.
    console.log(log.join('\n'));
    await stack?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  }, 60000);

  it('runs every step with real effects, each counted from what was received or stored', () => {
    expect(counts.announced).toBe(1);
    expect(counts.registrations).toBe(2);
    expect(counts.topics).toBe(1);
    expect(counts.remindersSent).toBe(3);
    expect(counts.nextRoles).toBe(3);
    expect(counts.notesArchived).toBe(2);
    expect(counts.mattermostPosts).toBeGreaterThan(0);
  });

  it('loses no announcement when notifications is killed mid fan-out, and says how many it duplicated', () => {
    // Announcements are the emails that carry the calendar invitation (METHOD:REQUEST).
    const announcements = stack.mail!.messages().filter((m) => m.raw.toString('utf8').includes('METHOD:REQUEST'));
    const perRecipient = new Map<string, number>();
    for (const m of announcements) for (const to of m.envelope.to) perRecipient.set(to, (perRecipient.get(to) ?? 0) + 1);
    const missing = members - perRecipient.size;
    const duplicated = [...perRecipient.values()].reduce((sum, n) => sum + (n - 1), 0);
    console.log(`killed notifications after ${killedAfter} emails; missing ${missing}, duplicated ${duplicated} (in flight at the kill)`);
    expect(killedAfter).toBeLessThan(members);
    expect(missing).toBe(0);
    // Only emails in flight at the kill may go twice: at most one per worker slot.
    expect(duplicated).toBeLessThanOrEqual(concurrency);
  });

  it('posts in the channel and threads the notes, with user text unable to mention @all', () => {
    const posts = stack.mattermost!.posts();
    const root = posts.find((p) => posts.some((r) => r.root_id === p.id));
    expect(root).toBeDefined();
    for (const post of posts) expect(post.message).not.toMatch(/(^|[^\w])@all\b/);
  });
});
