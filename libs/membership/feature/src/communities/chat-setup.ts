import { UseCaseError } from '@cercle/platform';
import type { ChatChoice } from '@cercle/contracts';

/**
 * A community's chat choice must name where to post: a community "on Matrix" without a room would have
 * every channel post and direct message silently skipped. Mattermost alone may have no channel yet
 * (email only, the default until one is connected).
 */
export function checkChatSetup(community: { chat: ChatChoice; mattermostChannelId: string | null; matrixRoomId: string | null }): void {
  if (community.chat !== 'mattermost' && !community.matrixRoomId)
    throw new UseCaseError('matrix-room-missing', 400, `chat "${community.chat}" needs matrixRoomId (the room id, !opaque:server)`);
  if (community.chat === 'both' && !community.mattermostChannelId)
    throw new UseCaseError('mattermost-channel-missing', 400, 'chat "both" needs mattermostChannelId as well');
}
