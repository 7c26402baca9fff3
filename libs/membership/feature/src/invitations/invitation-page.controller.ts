import { Body, Controller, Get, Inject, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { SERVICE_CONFIG, ServiceConfig, UseCaseError } from '@cercle/platform';
import { pageLanguage } from '../registrations/registration-page.text';
import { InvitationAcceptanceService } from './invitation-acceptance.service';
import { renderAcceptedPage, renderInvitationErrorPage, renderInvitationPage } from './invitation-page.view';
import { acceptForm } from './invitations.schemas';

/**
 * The pages someone invited to co-organise reaches from the email's link: server-rendered, a plain form
 * post, French unless `?lang=en` (or the invitation's language).
 */
@ApiTags('invitations')
@Controller('invitations')
export class InvitationPageController {
  constructor(
    private readonly acceptance: InvitationAcceptanceService,
    @Inject(SERVICE_CONFIG) private readonly config: ServiceConfig,
  ) {}

  @Get(':token')
  @ApiOperation({ summary: 'The invitation page of a signed link: who invites you to which community, and the accept form' })
  async page(@Param('token') token: string, @Query('lang') lang: string | undefined, @Req() req: Request, @Res() res: Response) {
    try {
      const view = await this.acceptance.open(token);
      res.type('html').send(renderInvitationPage(pageLanguage(lang, view.invitation.language), view, req.originalUrl));
    } catch (error) {
      fail(error, res, lang);
    }
  }

  @Post(':token')
  @ApiOperation({ summary: 'Accept: become co-organiser (a new organiser gets a first API token, shown once)' })
  async accept(@Param('token') token: string, @Query('lang') lang: string | undefined, @Body() body: unknown, @Res() res: Response) {
    try {
      const parsed = acceptForm.safeParse(body ?? {});
      const accepted = await this.acceptance.accept(token, parsed.success ? parsed.data : {});
      // The page holds a secret shown once: never kept by a cache or the browser's history.
      res
        .status(201)
        .set('Cache-Control', 'no-store')
        .type('html')
        .send(renderAcceptedPage(pageLanguage(lang, accepted.language), accepted, this.config.PUBLIC_URL));
    } catch (error) {
      fail(error, res, lang);
    }
  }
}

function fail(error: unknown, res: Response, lang: string | undefined): void {
  if (!(error instanceof UseCaseError)) throw error;
  res
    .status(error.status)
    .type('html')
    .send(renderInvitationErrorPage(pageLanguage(lang, 'fr'), error.code));
}
