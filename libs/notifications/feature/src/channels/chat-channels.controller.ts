import { Controller, Get, Inject } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { UseCaseError, UuidParam } from '@cercle/platform';
import { type ChatSender, DeliveryError, type JoinedChannel } from '../providers';
import { CHAT_SENDER } from '../senders';

/**
 * The Mattermost channels the bot is a member of, for an organiser connecting a community's channel:
 * picking one by name beats pasting an id. Only the bot's channels are listed, because Cercle can post
 * nowhere else. Read-only: nothing is stored, the answer comes from Mattermost each time.
 */
@ApiTags('notifications')
@ApiBearerAuth()
@Controller('notifications/communities/:communityId/chat-channels')
export class ChatChannelsController {
  constructor(@Inject(CHAT_SENDER) private readonly chat: ChatSender | null) {}

  @Get()
  @ApiOperation({ summary: 'The Mattermost teams and channels the bot belongs to, by team then channel name' })
  async list(@UuidParam('communityId') _communityId: string): Promise<{ channels: JoinedChannel[] }> {
    if (!this.chat?.joinedChannels)
      throw new UseCaseError('mattermost-not-configured', 409, 'Mattermost is not configured on this installation');
    try {
      const channels = await this.chat.joinedChannels();
      return { channels: [...channels].sort(byTeamThenName) };
    } catch (error) {
      if (!(error instanceof DeliveryError)) throw error;
      throw new UseCaseError('mattermost-unavailable', 502, `Mattermost did not list the bot's channels: ${error.message}`);
    }
  }
}

function byTeamThenName(a: JoinedChannel, b: JoinedChannel): number {
  return a.teamDisplayName.localeCompare(b.teamDisplayName, 'fr') || a.displayName.localeCompare(b.displayName, 'fr');
}
