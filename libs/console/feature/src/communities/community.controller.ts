import { Body, Controller, Get, Post, Res } from '@nestjs/common';
import type { Response } from 'express';
import { ApiError } from '../api/api-error';
import { invalid, redirect, reply, withNotice } from '../http/page-result';
import { communityPath, CommunityParam } from '../http/ids';
import { Page, type SignedInContext } from '../shell/page-context';
import { communityText } from './community.text';
import { renderCommunityPage } from './community.view';
import type { CommunityView } from './community-views';

const CHANNEL_ID = /^[A-Za-z0-9]{1,64}$/;

/** One community's page, and connecting its Mattermost channel (membership's PATCH /communities/:id). */
@Controller('console/communities/:communityId')
export class CommunityController {
  @Get()
  async show(@Page() page: SignedInContext, @CommunityParam() communityId: string, @Res() response: Response): Promise<void> {
    reply(response, renderCommunityPage(page, await page.api.get<CommunityView>('membership', communityPath(communityId))));
  }

  @Post('channel')
  async channel(
    @Page() page: SignedInContext,
    @CommunityParam() communityId: string,
    @Body() body: Record<string, string>,
    @Res() response: Response,
  ): Promise<void> {
    const value = (body.mattermostChannelId ?? '').trim();
    if (value && !CHANNEL_ID.test(value)) {
      const community = await page.api.get<CommunityView>('membership', communityPath(communityId));
      const errors = { mattermostChannelId: communityText[page.lang].channelInvalid };
      return reply(response, invalid(renderCommunityPage(page, community, { value, errors })));
    }
    if (value) {
      const refusal = await this.testPost(page, communityId, value);
      if (refusal) {
        const community = await page.api.get<CommunityView>('membership', communityPath(communityId));
        const errors = { mattermostChannelId: `${communityText[page.lang].channelRefused} ${refusal}` };
        return reply(response, invalid(renderCommunityPage(page, community, { value, errors })));
      }
    }
    await page.api.patch('membership', communityPath(communityId), { mattermostChannelId: value || null });
    reply(response, redirect(withNotice(`/console/communities/${communityId}`, 'channel')));
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
