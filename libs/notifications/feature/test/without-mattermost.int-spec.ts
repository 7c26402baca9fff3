import { randomUUID } from 'node:crypto';
import { EntityManager } from '@mikro-orm/postgresql';
import { planDeliveries } from '../src/deliveries/plan-deliveries';
import { notificationRequest, NotificationsHarness, seedCommunity } from './notifications-harness';

jest.setTimeout(60_000);

describe('notifications without Mattermost, and at community scale', () => {
  const harness = new NotificationsHarness();

  beforeAll(() => harness.start('notif_no_mm', { mattermost: false }));
  afterAll(() => harness.stop());

  it('records chat deliveries as skipped, saying why, and still sends the emails', async () => {
    const { communityId, members } = await seedCommunity(harness, [{ name: 'Mona', mattermostUsername: 'mona' }]);
    const request = notificationRequest(communityId, { channelPost: true, directMessages: true });
    await harness.feed('notification.requested', request);
    const rows = await harness.settled(request.notificationId, 3);
    expect(rows.map((r) => [r.channel, r.status, r.last_error]).sort()).toEqual(
      [
        ['email', 'sent', null],
        ['mattermost-dm', 'skipped', 'Mattermost is not configured'],
        ['mattermost-post', 'skipped', 'Mattermost is not configured'],
      ].sort(),
    );
    expect(harness.mail.messages({ to: members[0].email })).toHaveLength(1);
    expect(harness.mattermost.posts()).toHaveLength(0);
  });

  it('plans 10,000 email deliveries and their jobs, one per group of 50 emails, in one transaction, quickly', async () => {
    const communityId = randomUUID();
    await harness.sql(
      `insert into "notifications"."recipient" ("member_id", "community_id", "name", "email", "language", "mattermost_username", "active")
       select gen_random_uuid(), ?, 'Membre ' || n, 'membre' || n || '@example.org', 'fr', null, true from generate_series(1, 10000) as n`,
      [communityId],
    );
    const request = notificationRequest(communityId);
    const em = harness.app.get(EntityManager).fork();
    const started = Date.now();
    // Planned and rolled back: this measures the planning, not 10,000 SMTP sessions.
    const outcome = await em
      .transactional(async (tem) => {
        const created = await planDeliveries(tem, request, new Date());
        const [outbox] = await tem.getConnection().execute(
          `select count(*)::int as "groups", count(distinct ids."id")::int as "distinct", count(ids."id")::int as "ids",
                  bool_and(ids."id"::uuid = any(?::uuid[])) as "planned"
             from "notifications"."outbox_message" o, jsonb_array_elements_text(o."payload" -> 'deliveryIds') as ids("id")
            where o."name" = 'deliveries.due' and o."dispatched_at" is null`,
          [`{${created.join(',')}}`],
          'all',
          tem.getTransactionContext(),
        );
        const [groups] = await tem
          .getConnection()
          .execute(
            `select count(*)::int as n from "notifications"."outbox_message" where "name" = 'deliveries.due' and "dispatched_at" is null`,
            [],
            'all',
            tem.getTransactionContext(),
          );
        throw Object.assign(new Error('rollback'), { created: created.length, ...outbox, groups: groups.n, elapsed: Date.now() - started });
      })
      .catch((error: { created: number; groups: number; ids: number; distinct: number; planned: boolean; elapsed: number }) => error);
    // Every email planned is in exactly one group.
    expect(outcome).toMatchObject({ created: 10000, groups: 200, ids: 10000, distinct: 10000, planned: true });
    expect(outcome.elapsed).toBeLessThan(10_000);
    console.info(`planned 10,000 deliveries in ${outcome.elapsed} ms`);
  });
});
