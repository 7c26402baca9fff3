import { waitFor } from '@cercle/testing';
import type { Stack } from '../dev/src/stack';
import { settle } from '../demo/src/settle';
import { announceToMembers } from './fan-out';
import { startTestStack, TestStack } from './test-stack';

/**
 * A 1,000-member announcement with the notifications process killed (SIGKILL) in the middle of the
 * fan-out and restarted: everyone gets the announcement, and only emails in flight at the kill (sent,
 * not yet marked in the delivery log) can go twice.
 */
describe('delivery survives a killed notifications process', () => {
  const members = 1000;
  const concurrency = 10;
  let running: TestStack;
  let stack: Stack;
  let killedAfter = 0;
  const log: string[] = [];
  const note = (line: string) => {
    if (/warn|error|killed|restarted/i.test(line)) log.push(line);
  };

  beforeAll(async () => {
    running = await startTestStack('e2e-faults', { log: note, serviceEnv: { WORKER_CONCURRENCY: String(concurrency) } });
    stack = running.stack;
    await announceToMembers(stack, members);
    await waitFor(() => stack.mail!.messages().length >= 50, { description: 'the fan-out to start', timeoutMs: 60000, intervalMs: 5 });
    await stack.kill('notifications', 'SIGKILL');
    killedAfter = stack.mail!.messages().length;
    note(`notifications killed after ${killedAfter} emails`);
    await stack.restart('notifications');
    note('notifications restarted');
    await settle(() => new Set(stack.mail!.messages().flatMap((m) => m.envelope.to)).size >= members, `${members} recipients`, 180000);
    // Late retries of in-flight jobs would show up here as duplicates.
    await new Promise((r) => setTimeout(r, 1500));
  }, 400000);

  afterAll(async () => {
    if (log.length) console.log(log.join('\n'));
    await running?.stop();
  }, 60000);

  it('delivers the announcement to all 1,000 members and duplicates at most what was in flight at the kill', () => {
    const perRecipient = new Map<string, number>();
    for (const m of stack.mail!.messages()) for (const to of m.envelope.to) perRecipient.set(to, (perRecipient.get(to) ?? 0) + 1);
    const missing = members - perRecipient.size;
    const duplicated = [...perRecipient.values()].reduce((sum, n) => sum + (n - 1), 0);
    console.log(
      `1,000-member fan-out: killed notifications after ${killedAfter} emails; missing ${missing}, duplicated ${duplicated} (at most ${concurrency} in flight)`,
    );
    expect(killedAfter).toBeLessThan(members);
    expect(missing).toBe(0);
    expect(duplicated).toBeLessThanOrEqual(concurrency);
  });

  it("counts the deliveries, the queues and the HTTP answers in each service's Prometheus metrics, and keeps them off the public URL", async () => {
    const scrape = async (service: 'events' | 'notifications') => {
      const res = await fetch(`${stack.serviceUrl(service)}/metrics`);
      expect(res.headers.get('content-type')).toContain('text/plain');
      return res.text();
    };
    const sample = (text: string, name: string, labels: Record<string, string>) =>
      text
        .split('\n')
        .filter((line) => line.startsWith(`${name}{`) && Object.entries(labels).every(([k, v]) => line.includes(`${k}="${v}"`)))
        .reduce((sum, line) => sum + Number(line.slice(line.lastIndexOf(' ') + 1)), 0);

    const notifications = await scrape('notifications');
    // Every member's announcement is in the delivery log as sent, whatever the kill did to the workers.
    expect(sample(notifications, 'cercle_deliveries', { kind: 'announcement', channel: 'email', status: 'sent' })).toBe(members);
    expect(notifications).toMatch(/^cercle_queue_jobs\{.*state="completed".*\} \d+$/m);
    expect(notifications).toMatch(/^cercle_outbox_lag_seconds\{service="notifications"\} [\d.]+$/m);
    const events = await scrape('events');
    expect(
      sample(events, 'cercle_http_request_duration_seconds_count', {
        route: '/occurrences/:occurrenceId/advance',
        method: 'POST',
        status: '200',
      }),
    ).toBeGreaterThan(0);
    expect((await fetch(`${stack.publicUrl}/metrics`)).status).toBe(404);
  });
});
