import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query, Req, Res, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { OrganiserGuard } from '@cercle/platform';
import { MembershipError } from '../errors';
import { registrationForm } from './registration.schemas';
import { RegistrationsService } from './registrations.service';
import { pageLanguage, renderErrorPage, renderRegistrationPage } from './registration-page.view';

/**
 * The page a member reaches from the announcement's link: HTML for people (a form post, no JavaScript
 * needed), JSON for programs (Accept: application/json).
 */
@ApiTags('registrations')
@Controller()
export class RegistrationPageController {
  constructor(private readonly registrations: RegistrationsService) {}

  @Get('r/:token')
  @ApiOperation({ summary: 'The registration page of a signed link' })
  async page(@Param('token') token: string, @Query('lang') lang: string | undefined, @Req() req: Request, @Res() res: Response) {
    try {
      const view = await this.registrations.open(token);
      if (wantsJson(req)) return res.json(view);
      res.type('html').send(renderRegistrationPage({ lang: pageLanguage(lang, view.member.language), view, action: req.originalUrl }));
    } catch (error) {
      this.fail(error, req, res, lang);
    }
  }

  @Post('r/:token')
  @ApiOperation({ summary: 'Answer yes / no / maybe, optionally proposing a topic' })
  async register(@Param('token') token: string, @Query('lang') lang: string | undefined, @Body() body: unknown, @Req() req: Request, @Res() res: Response) {
    try {
      const parsed = registrationForm.safeParse(body ?? {});
      if (!parsed.success) {
        const issues = parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
        if (wantsJson(req)) return res.status(400).json({ statusCode: 400, message: 'Invalid request', issues });
        const view = await this.registrations.open(token);
        return res
          .status(400)
          .type('html')
          .send(renderRegistrationPage({ lang: pageLanguage(lang, view.member.language), view, action: req.originalUrl, errors: issues, values: body as Record<string, string> }));
      }
      const view = await this.registrations.register(token, parsed.data);
      if (wantsJson(req)) return res.status(201).json({ registration: view.registration });
      res.type('html').send(renderRegistrationPage({ lang: pageLanguage(lang, view.member.language), view, action: req.originalUrl, saved: true }));
    } catch (error) {
      this.fail(error, req, res, lang);
    }
  }

  @Get('registrations/:occurrenceId')
  @UseGuards(OrganiserGuard)
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Who answered what for an occurrence' })
  list(@Param('occurrenceId', ParseUUIDPipe) occurrenceId: string) {
    return this.registrations.listForOccurrence(occurrenceId);
  }

  private fail(error: unknown, req: Request, res: Response, lang: string | undefined) {
    if (!(error instanceof MembershipError)) throw error;
    if (wantsJson(req)) return res.status(error.status).json({ statusCode: error.status, code: error.code, message: error.message });
    res.status(error.status).type('html').send(renderErrorPage(pageLanguage(lang, 'fr'), error.status, error.message));
  }
}

function wantsJson(req: Request): boolean {
  return (req.headers.accept ?? '').includes('application/json') && !(req.headers.accept ?? '').includes('text/html');
}
