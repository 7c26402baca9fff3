import { spawn } from 'node:child_process';
import { join } from 'node:path';

/**
 * `npm run bench` end to end with a small community: everything it starts (PostgreSQL, the SMTP sink
 * process, two replicas of each of the three services) comes up, both runs finish and the last line is
 * the JSON summary. Only exactly-once is asserted here; the throughput ratio is for the real run on a
 * quiet machine.
 */
describe('npm run bench', () => {
  const members = 200;
  let output = '';
  let exitCode: number | null = null;

  beforeAll(async () => {
    const root = join(__dirname, '..', '..');
    const child = spawn(
      process.execPath,
      ['-r', join(root, 'tools', 'register.js'), join(__dirname, 'src', 'main.ts'), '--members', String(members), '--replicas', '2'],
      {
        cwd: root,
        // The Redis the test run already started, rather than another redis-server.
        env: { ...process.env, REDIS_URL: process.env.CERCLE_TEST_REDIS_URL ?? process.env.REDIS_URL ?? '' },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    exitCode = await new Promise((resolve) => child.once('exit', resolve));
  }, 300000);

  it('reaches every member exactly once and ends with the JSON summary', () => {
    if (exitCode !== 0) console.log(output);
    expect(exitCode).toBe(0);
    const last = output.trim().split('\n').pop()!;
    const summary = JSON.parse(last);
    expect(Object.keys(summary)).toEqual([
      'members',
      'engine_emails_per_s',
      'baseline_emails_per_s',
      'ratio',
      'p50_ms',
      'p99_ms',
      'peak_rss_mb',
      'duplicates',
      'missing',
      'replicas',
      'cpu_ms_per_email',
      'backend',
      'baseline_p99_ms',
    ]);
    expect(summary.members).toBe(members);
    expect(summary.replicas).toBe(2);
    expect(summary.duplicates).toBe(0);
    expect(summary.missing).toBe(0);
    expect(summary.engine_emails_per_s).toBeGreaterThan(0);
    expect(summary.baseline_emails_per_s).toBeGreaterThan(0);
    expect(summary.peak_rss_mb).toBeGreaterThan(0);
    // Every process is sampled, the replicas too.
    expect(output).toMatch(/notifications#2 [\d.]+ MB/);
    expect(summary.p99_ms).toBeGreaterThanOrEqual(summary.p50_ms);
    expect(summary.backend).toBe('redis');
    expect(summary.cpu_ms_per_email).toBeGreaterThan(0);
    expect(summary.baseline_p99_ms).toBeGreaterThan(0);
  });
});
