import type { EntityManager } from '@mikro-orm/postgresql';
import { matchByEmail, matchByUsername } from '@cercle/events-domain';
import { CommunityRef } from '../entities/community-ref.entity';
import { MemberRef } from '../entities/member-ref.entity';
import { ChatUnavailableError, type ChatDirectory } from './chat-directory';

/** Who called, as the chat server names them, and where from. */
export interface ChatCaller {
  userId: string;
  channelId: string;
  /**
   * The username as a call authenticated by the command token states it. Absent for a button call: its
   * body comes with no token, so only its user id is kept and Mattermost is asked who that id is.
   */
  trustedUserName?: string;
}

export type CallerOutcome =
  | { kind: 'notLinked' }
  | { kind: 'unknown'; community: CommunityRef }
  /** Mattermost did not answer who the caller is: nothing may be recorded. */
  | { kind: 'unavailable'; community: CommunityRef }
  | { kind: 'member'; community: CommunityRef; member: MemberRef };

/**
 * The community is the one whose channel the call came from (a person may belong to several); the member
 * is found in it by Mattermost username, then by the email of their Mattermost account (read from
 * Mattermost, which may not answer). Guests and former members are nobody.
 */
export async function identifyCaller(em: EntityManager, directory: ChatDirectory, caller: ChatCaller): Promise<CallerOutcome> {
  const community = await em.findOne(CommunityRef, { mattermostChannelId: caller.channelId });
  if (!community) return { kind: 'notLinked' };
  const members = await em.find(MemberRef, { communityId: community.id, active: true, guest: false });
  const byTrustedName = caller.trustedUserName ? matchByUsername(members, caller.trustedUserName) : null;
  if (byTrustedName) return { kind: 'member', community, member: byTrustedName };
  let user: Awaited<ReturnType<ChatDirectory['userOf']>>;
  try {
    user = await directory.userOf(caller.userId);
  } catch (error) {
    if (error instanceof ChatUnavailableError) return { kind: 'unavailable', community };
    throw error;
  }
  if (!user) return { kind: 'unknown', community };
  const member = matchByUsername(members, user.username) ?? matchByEmail(members, user.email);
  return member ? { kind: 'member', community, member } : { kind: 'unknown', community };
}
