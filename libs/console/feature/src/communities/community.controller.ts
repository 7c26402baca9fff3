import { Body, Controller, Get, Post, Res } from '@nestjs/common';
import type { Response } from 'express';
import { ApiError, ServiceUnavailableError } from '../api/api-error';
import { mattermostAnswerText } from '../api/error-words';
import { invalid, redirect, reply, withNotice } from '../http/page-result';
import { communityPath, CommunityParam } from '../http/ids';
import { Page, type SignedInContext } from '../shell/page-context';
import { type ChannelList, chosenChannel, type JoinedChannel } from './channel-choices';
import { communityText } from './community.text';
import { renderCommunityPage } from './community.view';
import type { CommunityView } from './community-views';

const CHANNEL_ID = /^[A-Za-z0-9]{1,64}$/;

/** One community's page, and connecting its Mattermost channel (membership's PATCH /communities/:id). */
@Controller('console/communities/:communityId')
export class CommunityController {
  @Get()
  async show(@Page() page: SignedInContext, @CommunityParam() communityId: string, @Res() response: Response): Promise<void> {
    const [community, channels] = await Promise.all([
      page.api.get<CommunityView>('membership', communityPath(communityId)),
      this.botChannels(page, communityId),
    ]);
    reply(response, renderCommunityPage(page, community, channels));
  }

  @Post('channel')
  async channel(
    @Page() page: SignedInContext,
    @CommunityParam() communityId: string,
    @Body() body: Record<string, string>,
    @Res() response: Response,
  ): Promise<void> {
    const chosen = chosenChannel(body);
    const refuse = async (message: string) => {
      const [community, channels] = await Promise.all([
        page.api.get<CommunityView>('membership', communityPath(communityId)),
        this.botChannels(page, communityId),
      ]);
      const kept = { pick: body.mattermostChannelPick ?? '', pasted: body.mattermostChannelId ?? '' };
      return reply(response, invalid(renderCommunityPage(page, community, channels, { kept, errors: { [chosen.field]: message } })));
    };
    if (chosen.both) return refuse(communityText[page.lang].channelBoth);
    if (chosen.value && !CHANNEL_ID.test(chosen.value)) return refuse(communityText[page.lang].channelInvalid);
    if (chosen.value) {
      const refusal = await this.testPost(page, communityId, chosen.value);
      if (refusal) return refuse(`${communityText[page.lang].channelRefused} ${mattermostAnswerText(refusal, page.lang)}`);
    }
    await page.api.patch('membership', communityPath(communityId), { mattermostChannelId: chosen.value || null });
    reply(response, redirect(withNotice(`/console/communities/${communityId}`, 'channel')));
  }

  /** The bot's channels to pick from; Mattermost down or not set up leaves the paste field alone, with a sentence. */
  private async botChannels(page: SignedInContext, communityId: string): Promise<ChannelList> {
    try {
      const { channels } = await page.api.get<{ channels: JoinedChannel[] }>(
        'notifications',
        `/notifications/communities/${communityId}/chat-channels`,
      );
      return channels.length ? { state: 'listed', channels } : { state: 'empty', channels: [] };
    } catch (error) {
      if (error instanceof ApiError && error.code === 'mattermost-not-configured') return { state: 'not-configured', channels: [] };
      // Membership just showed this community to the organiser: a 404 here means notifications has not heard of it yet.
      if (error instanceof ApiError && error.status === 404) return { state: 'pending', channels: [] };
      if ((error instanceof ApiError && error.status >= 500) || error instanceof ServiceUnavailableError)
        return { state: 'unavailable', channels: [] };
      throw error;
    }
  }

  /** Posts a test message as the bot (notifications); the provider's refusal, or null when it posted (or Mattermost is not set up). */
  private async testPost(page: SignedInContext, communityId: string, channelId: string): Promise<string | null> {
    try {
      await page.api.post('notifications', `/notifications/communities/${communityId}/channel-check`, { channelId, language: page.lang });
      return null;
    } catch (error) {
      if (error instanceof ApiError && error.code === 'channel-refused') return error.message;
      if (error instanceof ApiError && error.code === 'mattermost-not-configured') return null;
      throw error;
    }
  }
}
