import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '@cercle/testing';

const root = join(__dirname, '..', '..', '..');

/**
 * `npm start` stopped the way a terminal stops it: Ctrl+C signals the whole foreground process group at
 * once. The services must stop before the embedded PostgreSQL they use, quietly, and the launcher exit 0.
 */
describe('the launcher, stopped with Ctrl+C', () => {
  let dataDir: string;
  beforeAll(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'cercle-launcher-'));
    // mkdtemp makes it private to root; the embedded PostgreSQL runs as its own user and must enter it.
    chmodSync(dataDir, 0o755);
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('stops in order within 10 s, prints at most 10 lines, and exits 0', async () => {
    const port = async () => String(await freePort());
    const env = {
      ...process.env,
      CERCLE_DATA_DIR: dataDir,
      PORT: await port(),
      EVENTS_PORT: await port(),
      MEMBERSHIP_PORT: await port(),
      NOTIFICATIONS_PORT: await port(),
      POSTGRES_PORT: await port(),
      SMTP_PORT: await port(),
      MATTERMOST_PORT: await port(),
      INBOX_PORT: await port(),
      REDIS_URL: '',
    };
    // A process group of its own, as a terminal gives `npm start`; the signal then goes to the whole group.
    const launcher = spawn(process.execPath, ['-r', join(root, 'tools', 'register.js'), join(root, 'tools', 'dev', 'src', 'main.ts')], {
      cwd: root,
      env,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const lines: string[] = [];
    for (const stream of [launcher.stdout!, launcher.stderr!]) stream.on('data', (chunk: Buffer) => lines.push(...chunk.toString('utf8').split('\n').filter(Boolean)));
    let ended = false;
    const exited = new Promise<number | null>((resolve) =>
      launcher.once('exit', (code) => {
        ended = true;
        resolve(code);
      }),
    );

    const deadline = Date.now() + 120_000;
    while (!lines.some((line) => line.includes('Ctrl+C'))) {
      if (ended || Date.now() > deadline) throw new Error(`the launcher did not start:\n${lines.join('\n')}`);
      await new Promise((r) => setTimeout(r, 200));
    }
    const before = lines.length;
    const stoppedAt = Date.now();
    process.kill(-launcher.pid!, 'SIGINT');
    const code = await exited;
    const onStop = lines.slice(before);

    expect(code).toBe(0);
    expect(Date.now() - stoppedAt).toBeLessThan(10_000);
    expect(onStop.length).toBeLessThanOrEqual(10);
    expect(onStop.filter((line) => /terminating connection|Unhandled|ERROR|error/.test(line))).toEqual([]);
  }, 180_000);
});
