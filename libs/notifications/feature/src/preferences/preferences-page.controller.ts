import { Body, Controller, Get, HttpCode, Param, Post, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CHANNEL_CHOICES, type ChannelChoice } from '../entities/member-preference.entity';
import { renderLinkErrorPage, renderPreferencesPage, renderUnsubscribePage } from './preferences-page.view';
import { PreferencesService } from './preferences.service';
import { UseCaseError } from '@cercle/platform';

const preferencesPath = (token: string) => `/notifications/preferences/${encodeURIComponent(token)}`;
const unsubscribePath = (token: string) => `/notifications/unsubscribe/${encodeURIComponent(token)}`;

/**
 * Member-facing pages reached from every email footer by a signed link (purpose `preferences`, the
 * series as subject): no session, no JavaScript, plain forms.
 */
@ApiTags('member pages (signed links)')
@Controller('notifications')
export class PreferencesPageController {
  constructor(private readonly preferences: PreferencesService) {}

  @Get('preferences/:token')
  async page(@Param('token') token: string, @Res() res: Response) {
    await this.answer(res, async () => {
      const { memberId, seriesId } = this.preferences.claimOf(token);
      return renderPreferencesPage(await this.preferences.view(memberId, seriesId), preferencesPath(token), false);
    });
  }

  @Post('preferences/:token')
  async save(@Param('token') token: string, @Body() body: Record<string, unknown> | undefined, @Res() res: Response) {
    await this.answer(res, async () => {
      const { memberId, seriesId } = this.preferences.claimOf(token);
      const form = body ?? {};
      const channels = CHANNEL_CHOICES.includes(form['channels'] as ChannelChoice) ? (form['channels'] as ChannelChoice) : undefined;
      const language = form['language'] === 'fr' || form['language'] === 'en' ? form['language'] : undefined;
      // An unchecked box is absent from a form post: absent means "off".
      await this.preferences.change(memberId, {
        channels,
        language,
        unsubscribedAll: form['all'] === 'on',
        series: { seriesId, unsubscribed: form['seriesOff'] === 'on' },
      });
      return renderPreferencesPage(await this.preferences.view(memberId, seriesId), preferencesPath(token), true);
    });
  }

  @Get('unsubscribe/:token')
  async confirm(@Param('token') token: string, @Res() res: Response) {
    await this.answer(res, async () => {
      const { memberId, seriesId } = this.preferences.claimOf(token);
      return renderUnsubscribePage(await this.preferences.view(memberId, seriesId), unsubscribePath(token), preferencesPath(token), false);
    });
  }

  /** RFC 8058 one-click: mail providers POST `List-Unsubscribe=One-Click` here; the confirmation form does the same. */
  @Post('unsubscribe/:token')
  @HttpCode(200)
  async unsubscribe(@Param('token') token: string, @Res() res: Response) {
    await this.answer(res, async () => {
      const { memberId, seriesId } = this.preferences.claimOf(token);
      await this.preferences.change(memberId, { series: { seriesId, unsubscribed: true } });
      return renderUnsubscribePage(await this.preferences.view(memberId, seriesId), unsubscribePath(token), preferencesPath(token), true);
    });
  }

  private async answer(res: Response, page: () => Promise<string>): Promise<void> {
    try {
      res
        .status(200)
        .type('html')
        .send(await page());
    } catch (error) {
      if (!(error instanceof UseCaseError)) throw error;
      res.status(error.status).type('html').send(renderLinkErrorPage(error.status));
    }
  }
}
