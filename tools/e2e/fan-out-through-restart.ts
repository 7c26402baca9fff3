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
 * out, then every member has the announcement exactly once and the same service processes are ready
 * again: they reconnected by themselves, nothing restarted Cercle.
 */
export function describeFanOutThroughRestart(what: string, startServer: () => Promise<RestartableServer>): void {
  describe(`a fan-out through a ${what} restart`, () => {
    const members = 1000;
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
        serviceEnv: { WORKER_CONCURRENCY: '10' },
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

    it('delivers the announcement to every member exactly once', () => {
      const { distinct, duplicated } = recipientCounts(stack.mail!.messages().map((m) => m.envelope));
      console.log(
        `${members}-member fan-out: ${what} restarted after ${sentBefore} emails; missing ${members - distinct}, duplicated ${duplicated}`,
      );
      expect(sentBefore).toBeLessThan(members);
      expect(distinct).toBe(members);
      expect(duplicated).toBe(0);
    });

    it(`keeps the same service processes, each ready again on the restarted ${what}`, async () => {
      expect(await sameProcessesReady(stack, pids)).toEqual(Object.keys(pids).map((name) => ({ name, sameProcess: true, ready: 200 })));
    });
  });
}
