import { notificationRequest, NotificationsHarness, seedCommunity } from './notifications-harness';

jest.setTimeout(60_000);

/** What `/metrics` is read for, in Prometheus' text format: the sum of one metric's samples with these labels. */
function sample(text: string, name: string, labels: Record<string, string>): number | null {
  const lines = text
    .split('\n')
    .filter((line) => line.startsWith(`${name}{`) && Object.entries(labels).every(([k, v]) => line.includes(`${k}="${v}"`)));
  return lines.length ? lines.reduce((sum, line) => sum + Number(line.slice(line.lastIndexOf(' ') + 1)), 0) : null;
}

describe('notifications: metrics and health for operators', () => {
  const harness = new NotificationsHarness();

  beforeAll(() => harness.start('notif_metrics'));
  afterAll(() => harness.stop());

  it('counts a fan-out in the delivery metrics by kind, channel and status, beside the queues and the outbox lag', async () => {
    const { communityId, members } = await seedCommunity(harness, [
      { name: 'Alice' },
      { name: 'Bruno' },
      { name: 'Chloe', language: 'en' },
    ]);
    const request = notificationRequest(communityId, { channelPost: true });
    await harness.feed('notification.requested', request);
    await harness.settled(request.notificationId, members.length + 1);

    const res = await fetch(`${harness.url}/metrics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/plain');
    const text = await res.text();
    expect(sample(text, 'cercle_deliveries', { kind: request.kind, channel: 'email', status: 'sent' })).toBe(members.length);
    expect(sample(text, 'cercle_deliveries', { kind: request.kind, channel: 'mattermost-post', status: 'sent' })).toBe(1);
    expect(sample(text, 'cercle_deliveries', { status: 'failed' })).toBeNull();
    expect(sample(text, 'cercle_queue_jobs', { queue: 'notifications', state: 'completed' })).toBeGreaterThan(0);
    expect(sample(text, 'cercle_queue_jobs', { queue: 'notifications', state: 'failed' })).toBe(0);
    expect(text).toMatch(/^cercle_outbox_lag_seconds\{service="notifications"\} [\d.e+-]+$/m);
    expect(text).toMatch(/^cercle_process_cpu_seconds_total\{service="notifications"\} /m);
  });

  it('answers liveness without its dependencies and readiness with them', async () => {
    expect(await (await fetch(`${harness.url}/health/live`)).json()).toEqual({ status: 'ok' });
    expect(await (await fetch(`${harness.url}/health/ready`)).json()).toEqual({ status: 'ok', database: 'ok', queues: 'ok' });
  });
});
