import { Body, Controller, Get, Inject, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { z } from 'zod';
import { type Lang, pageLanguage } from '../registrations/registration-page.text';
import { joinFieldErrors, joinForm } from './join.schemas';
import { JoinConfirmationService } from './join-confirmation.service';
import { renderConfirmPage, renderJoinErrorPage, renderJoinPage, renderJoinSentPage, renderTooManyPage } from './join-page.view';
import { JoinRefused, JoinRequestsService } from './join-requests.service';
import { joinState } from './join-state';
import { UseCaseError, CLOCK, type Clock } from '@cercle/platform';

const uuid = z.string().uuid();

/**
 * The public registration page of an occurrence, which the channel's announcement links to, and the
 * confirmation its email leads to: server-rendered, plain form posts, French unless `?lang=en`.
 */
@ApiTags('registrations')
@Controller('join')
export class JoinPageController {
  constructor(
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly requests: JoinRequestsService,
    private readonly confirmations: JoinConfirmationService,
  ) {}

  @Get(':occurrenceId')
  @ApiOperation({
    summary: 'The public registration page of an occurrence: what it is, and a name-and-email form when it is open to guests',
  })
  async page(
    @Param('occurrenceId') occurrenceId: string,
    @Query('lang') lang: string | undefined,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    const language = pageLanguage(lang, 'fr');
    try {
      const view = await this.requests.page(checkedId(occurrenceId));
      res.type('html').send(renderJoinPage({ lang: language, ...view, action: req.originalUrl }));
    } catch (error) {
      fail(error, res, language);
    }
  }

  @Post(':occurrenceId')
  @ApiOperation({ summary: 'Ask for a registration link by email (the answer is the same whatever the email)' })
  async request(
    @Param('occurrenceId') occurrenceId: string,
    @Query('lang') lang: string | undefined,
    @Body() body: unknown,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    const language = pageLanguage(lang, 'fr');
    const values = typedValues(body);
    try {
      const id = checkedId(occurrenceId);
      const parsed = joinForm.safeParse(body ?? {});
      if (!parsed.success) {
        const view = await this.requests.page(id);
        if (view.state === 'open') {
          return res
            .status(400)
            .type('html')
            .send(renderJoinPage({ lang: language, ...view, action: req.originalUrl, errors: joinFieldErrors(parsed.error), values }));
        }
        throw new JoinRefused(view.state);
      }
      const view = await this.requests.request(id, parsed.data, language, req.ip ?? 'unknown');
      res
        .status(200)
        .set('Cache-Control', 'no-store')
        .type('html')
        .send(renderJoinSentPage(language, view.occurrence, parsed.data.email));
    } catch (error) {
      if (error instanceof JoinRefused) {
        const view = await this.requests.page(occurrenceId);
        return res
          .status(error.status)
          .type('html')
          .send(renderJoinPage({ lang: language, ...view, action: req.originalUrl }));
      }
      if (error instanceof UseCaseError && error.status === 429)
        return res.status(429).set('Retry-After', '3600').type('html').send(renderTooManyPage(language));
      fail(error, res, language);
    }
  }

  @Get('confirm/:token')
  @ApiOperation({ summary: 'The confirmation page of a public registration (signed link): one button registers the person as a guest' })
  async confirmPage(@Param('token') token: string, @Query('lang') lang: string | undefined, @Req() req: Request, @Res() res: Response) {
    let language = pageLanguage(lang, 'fr');
    try {
      const { request, occurrence, registrationUrl } = await this.confirmations.open(token);
      language = pageLanguage(lang, request.language);
      if (registrationUrl) return res.redirect(303, pathOf(registrationUrl));
      const state = joinState(occurrence, this.clock.now());
      if (state !== 'open')
        return res
          .status(409)
          .type('html')
          .send(renderJoinPage({ lang: language, occurrence, state, action: req.originalUrl }));
      res.type('html').send(renderConfirmPage(language, occurrence, request.name, req.originalUrl));
    } catch (error) {
      fail(error, res, language);
    }
  }

  @Post('confirm/:token')
  @ApiOperation({
    summary: 'Confirm a public registration: become a guest of the community and register yes, then see one’s registration page',
  })
  async confirm(@Param('token') token: string, @Query('lang') lang: string | undefined, @Res() res: Response) {
    try {
      const confirmed = await this.confirmations.confirm(token);
      res.redirect(303, `${pathOf(confirmed.registrationUrl)}?saved=1`);
    } catch (error) {
      fail(error, res, pageLanguage(lang, 'fr'));
    }
  }
}

/** An id that is not one names no occurrence: the same page as an unknown one, not a validation error. */
function checkedId(occurrenceId: string): string {
  if (!uuid.safeParse(occurrenceId).success)
    throw new UseCaseError('occurrence-not-found', 404, `occurrence ${occurrenceId} does not exist`);
  return occurrenceId;
}

/** Redirects stay on the host the person is on (the gateway, or the service in tests). */
function pathOf(url: string): string {
  return new URL(url).pathname;
}

function typedValues(body: unknown): { name?: string; email?: string } {
  const source = (body ?? {}) as Record<string, unknown>;
  return {
    name: typeof source.name === 'string' ? source.name : undefined,
    email: typeof source.email === 'string' ? source.email : undefined,
  };
}

function fail(error: unknown, res: Response, lang: Lang): void {
  if (!(error instanceof UseCaseError)) throw error;
  res.status(error.status).type('html').send(renderJoinErrorPage(lang, error.code));
}
