import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launcherEnv, startLauncher } from './launcher-process';

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
  afterAll(() => rmSync(dataDir, { recursive: true, force: true, maxRetries: 5 }));

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

  it('refuses to start on a port something else holds, naming the variable to change', async () => {
    const holder = createServer().listen(0, '127.0.0.1');
    await once(holder, 'listening');
    const taken = (holder.address() as AddressInfo).port;
    try {
      const launcher = await startLauncher(await launcherEnv(dataDir, { SMTP_PORT: String(taken) }), { waitReady: false });
      expect(await launcher.exited).toBe(1);
      expect(launcher.lines.join('\n')).toContain(`SMTP_PORT=${taken}`);
    } finally {
      holder.close();
    }
  }, 60_000);

  it('stops Cercle when its parent (npm) is killed without passing the signal on', async () => {
    const env = await launcherEnv(dataDir);
    // A shell stands for npm: killing it alone leaves the launcher orphaned, adopted by init.
    const parent = spawn(
      'sh',
      ['-c', `"${process.execPath}" -r "${join(root, 'tools', 'register.js')}" "${join(root, 'tools', 'dev', 'src', 'main.ts')}"; true`],
      { cwd: root, env, stdio: 'ignore' },
    );
    const gateway = `http://127.0.0.1:${env.PORT}/health`;
    const deadline = Date.now() + 120_000;
    while (
      !(await fetch(gateway).then(
        (r) => r.ok,
        () => false,
      ))
    ) {
      if (Date.now() > deadline) throw new Error('the launcher did not start');
      await new Promise((r) => setTimeout(r, 500));
    }
    const [launcher] = childrenOf(parent.pid!);
    expect(launcher).toBeDefined();
    parent.kill('SIGKILL');
    const stopBy = Date.now() + 15_000;
    while (
      await fetch(gateway).then(
        () => true,
        () => false,
      )
    ) {
      if (Date.now() > stopBy) throw new Error('Cercle kept serving after its parent died');
      await new Promise((r) => setTimeout(r, 250));
    }
    // Then everything behind the gateway stops too (services, PostgreSQL), and the launcher with them.
    const goneBy = Date.now() + 30_000;
    while (isAlive(launcher)) {
      if (Date.now() > goneBy) throw new Error('the launcher was still running 30 s after its parent died');
      await new Promise((r) => setTimeout(r, 250));
    }
  }, 180_000);
});

/** The pids whose parent is `pid`, read from /proc (the launcher is the shell's only child). */
function childrenOf(pid: number): number[] {
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .filter((entry) => {
      try {
        // The fourth field of /proc/<pid>/stat is the parent's pid; the command name (second) may hold spaces.
        const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
        return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === pid;
      } catch {
        return false;
      }
    })
    .map(Number);
}

/** Running, not a zombie: an orphan is reaped by whatever adopted it, which may be slow to do so. */
function isAlive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[0] !== 'Z';
  } catch {
    return false;
  }
}
