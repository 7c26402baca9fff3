import type { Stack } from '../dev/src/stack';
import { fanOutInterrupted, recipientCounts, sameProcessesReady, servicePids } from './fan-out';
import { startTestStack, TestStack, TestStackOptions } from './test-stack';

/** A server Cercle stands on, started by the test so that it may restart it. */
export interface RestartableServer {
  /** What the test stack is given to use it (redisUrl or databaseUrl). */
  stackOptions: Partial<TestStackOptions>;
  restart(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * The suite both restart tests run: a 1,000-member fan-out, the server restarted once 100 emails went
 * out, then every member has the announcement, and the same service processes are ready again: they
 * reconnected by themselves, nothing restarted Cercle. An email whose "sent" mark was being written at the
 * very moment PostgreSQL cut its sessions goes again on retry (SMTP is not transactional), so duplicates
 * are bounded by the jobs in flight, not zero; on a Redis restart none have been seen.
 */
export function describeFanOutThroughRestart(what: string, startServer: () => Promise<RestartableServer>): void {
  describe(`a fan-out through a ${what} restart`, () => {
    const members = 1000;
    const concurrency = 10;
    let server: RestartableServer;
    let running: TestStack;
    let stack: Stack;
    let sentBefore = 0;
    let pids: Record<string, number | undefined> = {};
    const log: string[] = [];

    beforeAll(async () => {
      server = await startServer();
      running = await startTestStack(`e2e-${what.toLowerCase()}-restart`, {
        log: (line) => log.push(line),
        serviceEnv: { WORKER_CONCURRENCY: String(concurrency) },
        ...server.stackOptions,
      });
      stack = running.stack;
      pids = servicePids(stack);
      ({ sentBefore } = await fanOutInterrupted(stack, members, 100, () => server.restart()));
    }, 300000);

    afterAll(async () => {
      if (log.length) console.log(log.slice(-20).join('\n'));
      await running?.stop();
      await server?.stop();
    }, 60000);

    it('delivers the announcement to every member, again at most to those whose email was in flight', () => {
      const { distinct, duplicated } = recipientCounts(stack.mail!.messages().map((m) => m.envelope));
      console.log(
        `${members}-member fan-out: ${what} restarted after ${sentBefore} emails; missing ${members - distinct}, duplicated ${duplicated}`,
      );
      expect(sentBefore).toBeLessThan(members);
      expect(distinct).toBe(members);
      expect(duplicated).toBeLessThanOrEqual(concurrency);
    });

    it(`keeps the same service processes, each ready again on the restarted ${what}`, async () => {
      expect(await sameProcessesReady(stack, pids)).toEqual(Object.keys(pids).map((name) => ({ name, sameProcess: true, ready: 200 })));
    });
  });
}
