import type { NestExpressApplication } from '@nestjs/platform-express';
import { createTestDatabase, testRedisUrl, waitFor } from '@cercle/testing';
import { NotificationsHarness } from '../../../notifications/feature/test/notifications-harness';
import { MembershipTestApp, startMembershipApp } from '../../../membership/feature/test/membership-test-app';
import { startEventsApp } from '../../../events/feature/test/events-test-app';
import { consoleConfigSchema, startConsole } from '../src';

export type EventsTestApp = Awaited<ReturnType<typeof startEventsApp>>;

/**
 * The console with the services behind it, in-process and on real parts: membership, notifications
 * (real SMTP catcher, Mattermost double) and, when asked, events, all on one queue prefix so messages
 * flow between them as in production (sign-in emails, organiser tokens copied to events). Each service
 * has its own database, like separate installations of one schema each.
 */
export class ConsoleTestStack {
  readonly notifications = new NotificationsHarness();
  membership!: MembershipTestApp;
  events: EventsTestApp | null = null;
  console!: NestExpressApplication;
  /** The console's base URL, e.g. http://127.0.0.1:41234 (pages are under /console). */
  url!: string;

  /**
   * `consolePort`, `consoleEnv`, `membershipEnv`: a console on a port known beforehand (an OpenID
   * provider's redirect URI names it) and settings added to the console's and membership's.
   */
  async start(
    label: string,
    options: { events?: boolean; consolePort?: number; consoleEnv?: Record<string, string>; membershipEnv?: Record<string, string> } = {},
  ): Promise<this> {
    await this.notifications.start(`${label}_notif`);
    const queuePrefix = this.notifications.config.QUEUE_PREFIX;
    const redisUrl = testRedisUrl();
    const [membership, events, consoleDb] = await Promise.all([
      createTestDatabase(`${label}_memb`).then((databaseUrl) =>
        startMembershipApp({ databaseUrl, redisUrl, queuePrefix, env: options.membershipEnv }),
      ),
      options.events
        ? createTestDatabase(`${label}_events`).then((databaseUrl) => startEventsApp({ databaseUrl, redisUrl, queuePrefix }))
        : Promise.resolve(null),
      createTestDatabase(`${label}_console`),
    ]);
    this.membership = membership;
    this.events = events;
    const eventsUrl = events
      ? (await events.app.listen(0, '127.0.0.1'), (await events.app.getUrl()).replace('[::1]', '127.0.0.1'))
      : 'http://127.0.0.1:9';
    const config = consoleConfigSchema.parse({
      DATABASE_URL: consoleDb,
      LINK_SECRET: 's'.repeat(40),
      PUBLIC_URL: 'http://cercle.test',
      MEMBERSHIP_URL: membership.baseUrl,
      EVENTS_URL: eventsUrl,
      NOTIFICATIONS_URL: this.notifications.url.replace('[::1]', '127.0.0.1'),
      LOG_LEVEL: (process.env.CERCLE_TEST_LOG_LEVEL as 'silent') ?? 'silent',
      ...options.consoleEnv,
    });
    this.console = await startConsole(config, { port: options.consolePort ?? 0 });
    this.url = (await this.console.getUrl()).replace('[::1]', '127.0.0.1');
    return this;
  }

  /** A console URL from a path (`/console/communities`), or from a link sent by email (on PUBLIC_URL). */
  at(pathOrLink: string): string {
    const url = new URL(pathOrLink, this.url);
    return `${this.url}${url.pathname}${url.search}`;
  }

  /** Waits for the email sent to `to` whose text matches, and returns the first console link in it. */
  async consoleLinkMailedTo(to: string, after = 0): Promise<string> {
    const mail = await waitFor(() => this.notifications.mail.messages({ to }).slice(after)[0], {
      description: `an email to ${to}`,
      // The email crosses membership's outbox, a queue and notifications' delivery: slow on a loaded CI machine.
      timeoutMs: 80000,
    });
    const link = /https?:\/\/\S+\/console\/\S+/.exec(mail.text ?? '')?.[0];
    if (!link) throw new Error(`no console link in:\n${mail.text}`);
    return this.at(link);
  }

  async stop(): Promise<void> {
    await this.console?.close();
    await Promise.all([this.membership?.app.close(), this.events?.app.close(), this.notifications.stop()]);
  }
}
