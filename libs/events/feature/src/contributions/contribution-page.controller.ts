import { Body, Controller, Get, HttpCode, Inject, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { LinkPurpose } from '@cercle/contracts';
import { SERVICE_CONFIG, ServiceConfig, CLOCK, Clock } from '@cercle/platform';
import { blanksAsNull, pageLanguageOf, type PageLanguage } from '../http/page-shell';
import { sendSignedPageError, verifyOccurrenceLink, wantsJson } from '../http/signed-page';
import { ContributionPageService } from './contribution-page.service';
import { renderContributionErrorPage, renderContributionPage } from './contribution-page.view';
import { contributionBody } from './contributions.schemas';

const contributionForm = contributionBody.pick({ title: true, kind: true, materialsUrl: true }).strict();

/**
 * A contributor's (or workshop host's) own page, reached by their signed link (purpose "contribution",
 * member = them, subject = the occurrence): no account. HTML for people (a form post, no JavaScript; the
 * community's language unless `?lang=`), JSON for programs.
 */
@ApiTags('contributions')
@Controller('contributions')
export class ContributionPageController {
  constructor(
    private readonly page: ContributionPageService,
    @Inject(SERVICE_CONFIG) private readonly config: ServiceConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get(':token')
  @ApiOperation({
    summary: 'A contributor’s or workshop host’s page: their title, kind (the format’s kinds) and materials link, and what is missing',
  })
  async show(@Param('token') token: string, @Query('lang') lang: string | undefined, @Req() req: Request, @Res() res: Response) {
    let language: PageLanguage = pageLanguageOf(lang);
    try {
      const link = this.verify(token);
      const view = await this.page.view(link.occurrenceId, link.memberId);
      if (wantsJson(req)) return res.json(view);
      language = pageLanguageOf(lang, view.language);
      res.type('html').send(renderContributionPage({ lang: language, view, action: req.originalUrl }));
    } catch (error) {
      this.fail(error, req, res, language);
    }
  }

  @Post(':token')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Save the title, kind and materials link (form or JSON; an empty field clears it); 409 once cancelled or archived',
  })
  async save(
    @Param('token') token: string,
    @Query('lang') lang: string | undefined,
    @Body() body: unknown,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    let language: PageLanguage = pageLanguageOf(lang);
    try {
      const link = this.verify(token);
      const json = wantsJson(req);
      const parsed = contributionForm.safeParse(json ? (body ?? {}) : blanksAsNull(body));
      if (!parsed.success) {
        const issues = parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
        if (json) return res.status(400).json({ statusCode: 400, code: 'invalid-contribution', message: 'Invalid request', issues });
        const view = await this.page.view(link.occurrenceId, link.memberId);
        language = pageLanguageOf(lang, view.language);
        return res
          .status(400)
          .type('html')
          .send(
            renderContributionPage({
              lang: language,
              view,
              action: req.originalUrl,
              errors: issues,
              values: (body ?? {}) as Record<string, unknown>,
            }),
          );
      }
      const view = await this.page.save(link.occurrenceId, link.memberId, parsed.data);
      if (json) return res.json(view);
      language = pageLanguageOf(lang, view.language);
      res.type('html').send(renderContributionPage({ lang: language, view, action: req.originalUrl, saved: true }));
    } catch (error) {
      this.fail(error, req, res, language);
    }
  }

  private verify(token: string): { occurrenceId: string; memberId: string } {
    return verifyOccurrenceLink(this.config.LINK_SECRET, token, LinkPurpose.Contribution, this.clock.now());
  }

  private fail(error: unknown, req: Request, res: Response, language: PageLanguage) {
    sendSignedPageError(error, req, res, language, (status, message) => renderContributionErrorPage(language, status, message));
  }
}
