import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launcherEnv, startLauncher } from './launcher-process';

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
    const launcher = await startLauncher(await launcherEnv(dataDir));
    const stop = await launcher.interrupt();

    expect(stop.code).toBe(0);
    expect(stop.ms).toBeLessThan(10_000);
    expect(stop.lines.length).toBeLessThanOrEqual(10);
    expect(stop.lines.filter((line) => /terminating connection|Unhandled|ERROR|error/.test(line))).toEqual([]);
  }, 180_000);

  it('refuses a Mattermost URL without its token, saying what to give', async () => {
    const launcher = await startLauncher(await launcherEnv(dataDir, { MATTERMOST_URL: 'https://chat.example.org' }), { waitReady: false });
    expect(await launcher.exited).toBe(1);
    expect(launcher.lines.join('\n')).toContain('MATTERMOST_URL est défini mais pas MATTERMOST_TOKEN');
  }, 60_000);
});
