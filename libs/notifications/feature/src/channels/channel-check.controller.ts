import { Body, Controller, HttpCode, Inject, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { ApiZodBody, UseCaseError, UuidParam, ZodPipe } from '@cercle/platform';
import { type ChatSender, DeliveryError } from '../providers';
import { CHAT_SENDER } from '../senders';

const channelCheckBody = z.object({
  channelId: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9]{1,64}$/, 'a Mattermost channel id (letters and digits)'),
  language: z.enum(['fr', 'en']).default('fr'),
});

const TEST_MESSAGE = {
  fr: 'Cercle est connecté à ce canal : les annonces, le programme et les notes de la communauté y seront publiés.',
  en: 'Cercle is connected to this channel: the community’s announcements, programme and notes will be posted here.',
};

/**
 * Checks a channel before an organiser connects it to a community: the bot posts a short test message
 * there. The answer says whether it could, and the provider's words when it could not (not a member,
 * no such channel), so the organiser can fix it before the first announcement goes nowhere.
 */
@ApiTags('notifications')
@ApiBearerAuth()
@Controller('notifications/communities/:communityId/channel-check')
export class ChannelCheckController {
  constructor(@Inject(CHAT_SENDER) private readonly chat: ChatSender | null) {}

  @Post()
  @HttpCode(200)
  @ApiOperation({ summary: 'Post a test message in a Mattermost channel as the bot: ok, or the provider’s refusal' })
  @ApiZodBody(channelCheckBody)
  async check(@UuidParam('communityId') _communityId: string, @Body(new ZodPipe(channelCheckBody)) body: z.infer<typeof channelCheckBody>) {
    if (!this.chat) throw new UseCaseError('mattermost-not-configured', 409, 'Mattermost is not configured on this installation');
    try {
      const { postId } = await this.chat.post({ channelId: body.channelId, message: TEST_MESSAGE[body.language] });
      return { ok: true, postId };
    } catch (error) {
      if (!(error instanceof DeliveryError)) throw error;
      throw new UseCaseError('channel-refused', 422, refusalWords(error));
    }
  }
}

/** Mattermost's own sentence (the `message` of its JSON error), not the whole body with its ids and codes. */
function refusalWords(error: DeliveryError): string {
  try {
    const body = JSON.parse(error.providerResponse ?? '') as { message?: unknown };
    if (typeof body.message === 'string' && body.message) return body.message;
  } catch {
    // Not JSON (a proxy's page, a plain-text 429): shown as it came.
  }
  return error.providerResponse || error.message;
}
