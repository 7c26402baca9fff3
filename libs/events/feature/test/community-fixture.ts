import { KnownToken } from '@cercle/platform';
import { waitFor } from '@cercle/testing';
import { CommunityRef } from '../src/entities/community-ref.entity';
import { MemberRef } from '../src/entities/member-ref.entity';
import type { EventsTestApp } from './events-test-app';

/**
 * A French community whose members (name → id) have reached events, and an organiser token for it.
 * Waits for the inbox, so a test's first request finds them.
 */
export async function seedCommunity(events: EventsTestApp, communityId: string, people: Record<string, string>): Promise<string> {
  const token = await events.issueToken(communityId);
  await events.deliver('community.changed', { communityId, name: 'EIG', mattermostChannelId: null, defaultLanguage: 'fr' });
  for (const [name, memberId] of Object.entries(people)) {
    await events.deliver('member.changed', {
      memberId,
      communityId,
      name,
      email: `${memberId}@example.org`,
      language: 'fr',
      mattermostUsername: null,
      active: true,
    });
  }
  const count = Object.keys(people).length;
  await waitFor(
    async () =>
      (await events.em().count(CommunityRef, { id: communityId })) &&
      (await events.em().count(KnownToken, {})) &&
      (await events.em().count(MemberRef, {})) === count,
    {
      description: 'the token, the community and the members to reach the events inbox',
    },
  );
  return token;
}
