import { Body, Controller, Get, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { UuidParam, UseCaseError } from '@cercle/platform';
import type { Request, Response } from 'express';

import type { TopicKind } from '@cercle/contracts';
import { type FieldError, fieldErrors, type FormField, registrationForm } from './registration.schemas';
import { pageLanguage } from './registration-page.text';
import { offeredTopicKinds, renderErrorPage, renderRegistrationPage } from './registration-page.view';
import { RegistrationsService } from './registrations.service';

/** Refusals that still show the page (with the occurrence and the current answer) rather than an error page. */
const shownOnPage = new Set(['registration-closed', 'occurrence-cancelled']);

/**
 * The page a member reaches from the announcement's link: HTML for people (a form post, no JavaScript
 * needed; a saved answer redirects to the page so a reload never posts twice), JSON for programs
 * (Accept: application/json).
 */
@ApiTags('registrations')
@Controller()
export class RegistrationPageController {
  constructor(private readonly registrations: RegistrationsService) {}

  @Get('r/:token')
  @ApiOperation({ summary: 'The registration page of a signed link (French unless ?lang=en or the member reads English)' })
  async page(
    @Param('token') token: string,
    @Query('lang') lang: string | undefined,
    @Query('saved') saved: string | undefined,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    try {
      const view = await this.registrations.open(token);
      if (wantsJson(req)) return res.json(view);
      res.type('html').send(
        renderRegistrationPage({
          lang: pageLanguage(lang, view.member.language),
          view,
          action: pageUrl(req, false),
          saved: saved === '1',
        }),
      );
    } catch (error) {
      this.fail(error, req, res, lang);
    }
  }

  @Post('r/:token')
  @ApiOperation({ summary: 'Answer yes / no / maybe, optionally proposing a topic' })
  async register(
    @Param('token') token: string,
    @Query('lang') lang: string | undefined,
    @Body() body: unknown,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    const values = typedValues(body);
    try {
      const parsed = registrationForm.safeParse(body ?? {});
      if (!parsed.success) {
        const errors = fieldErrors(parsed.error);
        if (wantsJson(req))
          return res.status(400).json({
            statusCode: 400,
            message: 'Invalid request',
            issues: errors.map((e) => ({ path: e.field, code: e.code, message: e.message })),
          });
        const view = await this.registrations.open(token);
        return res
          .status(400)
          .type('html')
          .send(renderRegistrationPage({ lang: pageLanguage(lang, view.member.language), view, action: req.originalUrl, errors, values }));
      }
      const kindError = await this.kindNotOffered(token, parsed.data.topicKind);
      if (kindError) {
        if (wantsJson(req))
          return res.status(400).json({
            statusCode: 400,
            message: 'Invalid request',
            issues: [{ path: 'topicKind', code: kindError.code, message: kindError.message }],
          });
        const view = await this.registrations.open(token);
        return res
          .status(400)
          .type('html')
          .send(
            renderRegistrationPage({
              lang: pageLanguage(lang, view.member.language),
              view,
              action: req.originalUrl,
              errors: [kindError],
              values,
            }),
          );
      }
      const view = await this.registrations.register(token, parsed.data);
      if (wantsJson(req)) return res.status(201).json({ registration: view.registration, waitlistPosition: view.waitlistPosition });
      res.redirect(303, pageUrl(req, true));
    } catch (error) {
      if (error instanceof UseCaseError && shownOnPage.has(error.code) && !wantsJson(req)) {
        const view = await this.registrations.open(token);
        return res
          .status(error.status)
          .type('html')
          .send(
            renderRegistrationPage({
              lang: pageLanguage(lang, view.member.language),
              view,
              action: req.originalUrl,
              refusal: error.code,
              values,
            }),
          );
      }
      this.fail(error, req, res, lang);
    }
  }

  @Get('registrations/:occurrenceId')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Who answered what for an occurrence: counts per answer and per place, the waiting list in order' })
  list(@UuidParam('occurrenceId') occurrenceId: string) {
    return this.registrations.listForOccurrence(occurrenceId);
  }

  /** A kind the occurrence's format does not offer (a talk at an open forum) is refused like any invalid field. */
  private async kindNotOffered(token: string, kind: TopicKind | null): Promise<FieldError | null> {
    if (!kind) return null;
    const { occurrence } = await this.registrations.open(token);
    const offered = offeredTopicKinds(occurrence);
    return offered.includes(kind)
      ? null
      : { field: 'topicKind', code: 'not_offered', message: `This gathering takes topics of kind ${offered.join(', ')}` };
  }

  private fail(error: unknown, req: Request, res: Response, lang: string | undefined) {
    if (!(error instanceof UseCaseError)) throw error;
    if (wantsJson(req)) return res.status(error.status).json({ statusCode: error.status, code: error.code, message: error.message });
    res
      .status(error.status)
      .type('html')
      .send(renderErrorPage(pageLanguage(lang, 'fr'), error.code));
  }
}

function wantsJson(req: Request): boolean {
  return (req.headers.accept ?? '').includes('application/json') && !(req.headers.accept ?? '').includes('text/html');
}

/** The page's own path and query (with `saved=1` after a saved answer, without it otherwise). */
function pageUrl(req: Request, saved: boolean): string {
  const url = new URL(req.originalUrl, 'http://page');
  if (saved) url.searchParams.set('saved', '1');
  else url.searchParams.delete('saved');
  return `${url.pathname}${url.search}`;
}

/** What the person typed, kept to show back (strings only; anything else is dropped). */
function typedValues(body: unknown): Partial<Record<FormField, string>> {
  const source = (body ?? {}) as Record<string, unknown>;
  const values: Partial<Record<FormField, string>> = {};
  for (const field of ['answer', 'topicTitle', 'topicKind', 'topicDescription'] as const) {
    if (typeof source[field] === 'string') values[field] = source[field] as string;
  }
  return values;
}
