import type { EntityManager } from '@mikro-orm/postgresql';
import { matchByEmail, matchByUsername } from '@cercle/events-domain';
import { CommunityRef } from '../entities/community-ref.entity';
import { MemberRef } from '../entities/member-ref.entity';
import { ChatUnavailableError, type ChatDirectory } from './chat-directory';

/** Who called, as the chat server names them, and where from. */
export interface ChatCaller {
  userId: string;
  userName: string;
  channelId: string;
}

export type CallerOutcome =
  | { kind: 'notLinked' }
  | { kind: 'unknown'; community: CommunityRef }
  /** The username matched nobody and Mattermost did not answer for the email: nothing may be recorded. */
  | { kind: 'unavailable'; community: CommunityRef }
  | { kind: 'member'; community: CommunityRef; member: MemberRef };

/**
 * The community is the one whose channel the command was typed in (a person may belong to several); the
 * member is found in it by Mattermost username, then by the email of their Mattermost account (read from
 * Mattermost, which may not answer). Guests and former members are nobody.
 */
export async function identifyCaller(em: EntityManager, directory: ChatDirectory, caller: ChatCaller): Promise<CallerOutcome> {
  const community = await em.findOne(CommunityRef, { mattermostChannelId: caller.channelId });
  if (!community) return { kind: 'notLinked' };
  const members = await em.find(MemberRef, { communityId: community.id, active: true, guest: false });
  const byName = matchByUsername(members, caller.userName);
  if (byName) return { kind: 'member', community, member: byName };
  let email: string | null;
  try {
    email = await directory.emailOf(caller.userId);
  } catch (error) {
    if (error instanceof ChatUnavailableError) return { kind: 'unavailable', community };
    throw error;
  }
  const byEmail = matchByEmail(members, email);
  return byEmail ? { kind: 'member', community, member: byEmail } : { kind: 'unknown', community };
}
