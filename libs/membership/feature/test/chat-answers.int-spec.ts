import { createTestDatabase, testRedisUrl, uniquePrefix } from '@cercle/testing';
import { Registration } from '../src/entities/registration.entity';
import { MembershipTestApp, startMembershipApp } from './membership-test-app';

/** An answer given in the chat (events hands it over) is recorded like one from the registration page. */
describe('answers handed over from the chat', () => {
  let membership: MembershipTestApp;

  beforeAll(async () => {
    membership = await startMembershipApp({
      databaseUrl: await createTestDatabase('membership_chat'),
      redisUrl: testRedisUrl(),
      queuePrefix: uniquePrefix('membership-chat'),
    });
  });
  afterAll(async () => {
    await membership?.app.close();
  });

  it('records the answer with the capacity applied, and tells events like any answer', async () => {
    const { communityId, memberIds } = await membership.community(['Alice', 'Bruno']);
    const { occurrenceId } = await membership.occurrence(communityId, { capacity: 1 });
    for (const memberId of memberIds) {
      await membership.processed(await membership.deliver('registration.answered-in-chat', { memberId, occurrenceId, answer: 'yes' }));
    }
    const rows = await membership.em().find(Registration, { occurrenceId }, { orderBy: { createdAt: 'asc' } });
    expect(rows.map((r) => [r.memberId, r.answer, r.status])).toEqual([
      [memberIds[0], 'yes', 'confirmed'],
      [memberIds[1], 'yes', 'waitlisted'],
    ]);
    expect(await membership.published(occurrenceId)).toHaveLength(2);
  });

  it('records nothing, without retrying, when registration closed before the answer arrived', async () => {
    const { communityId, memberIds } = await membership.community(['Chloé']);
    const { occurrenceId } = await membership.occurrence(communityId, { registrationOpen: false });
    const job = await membership.deliver('registration.answered-in-chat', { memberId: memberIds[0], occurrenceId, answer: 'yes' });
    await membership.processed(job);
    expect(await membership.em().count(Registration, { occurrenceId })).toBe(0);
  });
});
