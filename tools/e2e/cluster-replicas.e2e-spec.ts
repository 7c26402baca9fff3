import { MailCatcher } from '@cercle/dev-servers';
import { freePort, startRedisCluster, RedisClusterHandle, waitFor } from '@cercle/testing';
import type { Stack } from '../dev/src/stack';
import type { ServiceProcess } from '../dev/src/service-process';
import { settle } from '../demo/src/settle';
import { announceToMembers, recipientCounts } from './fan-out';
import { startTestStack, TestStack } from './test-stack';

/**
 * Cercle scaled out: queues on a three-master Redis Cluster, two replicas of events and of notifications.
 * One notifications replica is killed (SIGKILL) in the middle of a fan-out; the other finishes it. Each
 * notifications replica sends through an SMTP catcher of its own, so which replica sent what is read
 * from what each catcher received (the delivery log does not record the sending process).
 */
describe('a fan-out on Redis Cluster with two replicas of each service', () => {
  const members = 500;
  const concurrency = 10;
  let cluster: RedisClusterHandle;
  let running: TestStack;
  let stack: Stack;
  let secondMail: MailCatcher;
  let secondNotifications: ServiceProcess;
  let secondEvents: ServiceProcess;
  let killedAfter = { first: 0, second: 0 };
  const log: string[] = [];
  const note = (line: string) => {
    if (/warn|error|killed/i.test(line)) log.push(line);
  };
  const firstMail = () => stack.mail!.messages().map((m) => m.envelope);
  const secondMailEnvelopes = () => secondMail.messages().map((m) => m.envelope);

  beforeAll(async () => {
    cluster = await startRedisCluster(3);
    running = await startTestStack('e2e-cluster', {
      log: note,
      redisUrl: cluster.url,
      serviceEnv: { WORKER_CONCURRENCY: String(concurrency) },
    });
    stack = running.stack;
    secondMail = new MailCatcher();
    const { port: smtpPort } = await secondMail.start(await freePort());
    secondEvents = await stack.addReplica('events', await freePort());
    secondNotifications = await stack.addReplica('notifications', await freePort(), { SMTP_URL: `smtp://127.0.0.1:${smtpPort}` });

    await announceToMembers(stack, members);
    // Kill the first replica once both have sent some, well before the end.
    await waitFor(() => firstMail().length >= 20 && secondMailEnvelopes().length >= 20, {
      description: 'both replicas to send',
      timeoutMs: 90000,
      intervalMs: 5,
    });
    await stack.kill('notifications', 'SIGKILL');
    killedAfter = { first: firstMail().length, second: secondMailEnvelopes().length };
    note(`first notifications replica killed after ${killedAfter.first} + ${killedAfter.second} emails`);
    await settle(() => recipientCounts([...firstMail(), ...secondMailEnvelopes()]).distinct >= members, `${members} recipients`, 120000);
    // Late retries of the killed replica's jobs would show up here as duplicates.
    await new Promise((r) => setTimeout(r, 1500));
  }, 300000);

  afterAll(async () => {
    if (log.length) console.log(log.join('\n'));
    await running?.stop();
    await secondMail?.stop();
    await cluster?.stop();
  }, 60000);

  it('delivers to every member once but for what the killed replica had in flight, both replicas sending part of it', () => {
    const { distinct, duplicated } = recipientCounts([...firstMail(), ...secondMailEnvelopes()]);
    const sent = { first: firstMail().length, second: secondMailEnvelopes().length };
    console.log(
      `${members}-member fan-out on Redis Cluster: killed at ${JSON.stringify(killedAfter)}, sent ${JSON.stringify(sent)}, missing ${members - distinct}, duplicated ${duplicated} (at most ${concurrency} in flight)`,
    );
    expect(killedAfter.first + killedAfter.second).toBeLessThan(members);
    expect(distinct).toBe(members);
    expect(duplicated).toBeLessThanOrEqual(concurrency);
    // After the kill the first catcher gets at most what was already on the wire (the kernel still
    // delivers bytes the process had written); the surviving replica sent the rest.
    expect(sent.first - killedAfter.first).toBeLessThanOrEqual(concurrency);
    expect(sent.first).toBeGreaterThan(0);
    expect(sent.second).toBeGreaterThan(killedAfter.second);
  });

  it('keeps the surviving replicas ready on the cluster, and the delivery log counts every member once', async () => {
    for (const replica of [secondEvents, secondNotifications]) {
      const res = await fetch(`http://127.0.0.1:${replica.port}/health/ready`);
      expect(await res.json()).toMatchObject({ status: 'ok', database: 'ok', queues: 'ok' });
    }
    const metrics = await (await fetch(`http://127.0.0.1:${secondNotifications.port}/metrics`)).text();
    const sentLine = metrics
      .split('\n')
      .find(
        (line) =>
          /^cercle_deliveries\{/.test(line) &&
          line.includes('kind="announcement"') &&
          line.includes('channel="email"') &&
          line.includes('status="sent"'),
      );
    expect(Number(sentLine?.slice(sentLine.lastIndexOf(' ') + 1))).toBe(members);
  });
});
