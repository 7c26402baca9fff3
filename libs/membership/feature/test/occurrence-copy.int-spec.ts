import { createTestDatabase, testRedisUrl, uniquePrefix } from '@cercle/testing';
import { OccurrenceRef } from '../src/entities/occurrence-ref.entity';
import { MembershipTestApp, startMembershipApp } from './membership-test-app';

/** Membership's copy of an occurrence keeps the newest version events published, whatever the arrival order. */
describe("membership's copy of an occurrence", () => {
  let membership: MembershipTestApp;

  beforeAll(async () => {
    membership = await startMembershipApp({
      databaseUrl: await createTestDatabase('membership_copy'),
      redisUrl: testRedisUrl(),
      queuePrefix: uniquePrefix('membership-copy'),
    });
  });
  afterAll(async () => {
    await membership?.app.close();
  });

  const copy = (id: string) => membership.em().findOneOrFail(OccurrenceRef, { id });

  it('ignores an older occurrence.changed arriving after a newer one, and takes the next newer one', async () => {
    const { communityId } = await membership.community(['Alice']);
    const at = (minutes: number) => new Date(Date.now() + minutes * 60_000);
    const closed = await membership.occurrence(communityId, { registrationOpen: false, title: 'Fermée' });

    // The version published before the closing (a retried message) arrives last: it must not reopen registration.
    await membership.processed(
      await membership.deliver('occurrence.changed', { ...closed, registrationOpen: true, title: 'Ouverte' }, at(-5)),
    );
    expect(await copy(closed.occurrenceId)).toMatchObject({ registrationOpen: false, title: 'Fermée' });

    await membership.processed(
      await membership.deliver('occurrence.changed', { ...closed, registrationOpen: true, title: 'Rouverte' }, at(5)),
    );
    expect(await copy(closed.occurrenceId)).toMatchObject({ registrationOpen: true, title: 'Rouverte' });
  });
});
