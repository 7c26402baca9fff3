import { Body, Controller, Get, HttpCode, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { contributionBody } from '../contributions/contributions.schemas';
import { blanksAsNull } from '../http/page-shell';
import { sendSignedPageError, wantsJson } from '../http/signed-page';
import { roleResponseForm, RoleResponseService } from './role-response.service';
import { pageLanguage, renderRoleErrorPage, renderRoleResponsePage } from './role-response.view';
import { UseCaseError } from '@cercle/platform';

/** The page a person chosen for the next session reaches from their message: HTML for people, JSON for programs. */
@ApiTags('roles')
@Controller('roles')
export class RoleResponseController {
  constructor(private readonly responses: RoleResponseService) {}

  @Get(':token')
  @ApiOperation({ summary: 'Who, which role, which session, with Accept / Decline (signed link, purpose role-response)' })
  async page(@Param('token') token: string, @Query('lang') lang: string | undefined, @Req() req: Request, @Res() res: Response) {
    try {
      const view = await this.responses.open(token);
      if (wantsJson(req)) return res.json(view);
      res.type('html').send(renderRoleResponsePage(pageLanguage(lang, view.language), view, req.originalUrl));
    } catch (error) {
      this.fail(error, req, res, lang);
    }
  }

  @Post(':token')
  @HttpCode(200)
  @ApiOperation({ summary: 'Accept or decline (form post or JSON {response: accept|decline}); a decline brings the next proposal' })
  async respond(
    @Param('token') token: string,
    @Query('lang') lang: string | undefined,
    @Body() body: unknown,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    try {
      const parsed = roleResponseForm.safeParse(body ?? {});
      if (!parsed.success) throw new UseCaseError('invalid-response', 400, 'The response must be "accept" or "decline".');
      const view = await this.responses.respond(token, parsed.data);
      if (wantsJson(req)) return res.json(view);
      res.type('html').send(renderRoleResponsePage(pageLanguage(lang, view.language), view, req.originalUrl));
    } catch (error) {
      this.fail(error, req, res, lang);
    }
  }

  @Post(':token/contribution')
  @HttpCode(200)
  @ApiOperation({
    summary: 'An accepted contributor describes their contribution: kind, title, prep status, materials link (form or JSON)',
  })
  async contribution(
    @Param('token') token: string,
    @Query('lang') lang: string | undefined,
    @Body() body: unknown,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    try {
      const parsed = contributionBody.safeParse(wantsJson(req) ? (body ?? {}) : blanksAsNull(body));
      if (!parsed.success) {
        const fields = parsed.error.issues.map((issue) => issue.path.join('.')).join(', ');
        throw new UseCaseError('invalid-contribution', 400, `Please check: ${fields}.`);
      }
      const view = await this.responses.saveContribution(token, parsed.data);
      if (wantsJson(req)) return res.json(view);
      res
        .type('html')
        .send(renderRoleResponsePage(pageLanguage(lang, view.language), view, req.originalUrl.replace(/\/contribution(\?|$)/, '$1'), true));
    } catch (error) {
      this.fail(error, req, res, lang);
    }
  }

  private fail(error: unknown, req: Request, res: Response, lang: string | undefined) {
    sendSignedPageError(error, req, res, pageLanguage(lang, 'fr'), (status, message) =>
      renderRoleErrorPage(pageLanguage(lang, 'fr'), status, message),
    );
  }
}
