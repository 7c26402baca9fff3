import { KnownToken } from '@cercle/platform';
import { waitFor } from '@cercle/testing';
import { CommunityRef } from '../../../events/feature/src/entities/community-ref.entity';
import { MemberRef } from '../../../events/feature/src/entities/member-ref.entity';
import type { ConsoleTestStack } from './console-test-stack';

/**
 * Waits until events knows the signed-in session's token, the community and its members: they reach it
 * by messages, and a console page calling events before then would be refused as signed out.
 */
export async function eventsKnows(stack: ConsoleTestStack, communityId: string, members: number): Promise<void> {
  const events = stack.events!;
  await waitFor(
    async () =>
      (await events.em().count(KnownToken, {})) >= 2 &&
      (await events.em().count(CommunityRef, { id: communityId })) === 1 &&
      (await events.em().count(MemberRef, {})) === members,
    { description: `events to know the session, the community and its ${members} members`, timeoutMs: 30_000 },
  );
}
