import { Body, Controller, Get, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import type { z } from 'zod';
import { toHttpError } from '../errors';
import { sendSignedPageError, wantsJson } from '../http/signed-page';
import { type DayField, dayFieldErrors, dayScribeForm, dayTopicForm } from './day.schemas';
import { DayService } from './day.service';
import { dayLanguage, type DayLang } from './day.text';
import { renderDayErrorPage, renderDayPage } from './day.view';
import { UseCaseError } from '@cercle/platform';

/** Refusals shown on the page itself, beside the form, rather than on an error page. */
const shownOnPage = new Set([
  'scribe-taken',
  'day-not-started',
  'day-over',
  'day-topics-full',
  'workshop-unknown',
  'topic-kind-required',
  'topic-kind-not-offered',
  'occurrence-cancelled',
]);

/**
 * The room's page of an occurrence's day, reached from the day's link or its QR code (signed per
 * occurrence, purpose `day`): HTML for people (French unless `?lang=en`; form posts that redirect back with
 * a confirmation), JSON for programs. Anyone holding the link may add a topic or volunteer as a scribe; the
 * platform's signed-link rate limit counts them per address, and the day caps the topics added.
 */
@ApiTags('day')
@Controller('day')
export class DayController {
  constructor(private readonly day: DayService) {}

  @Get(':token')
  @ApiOperation({
    summary: "The day's programme (room × slot) with scribes, and forms to add a topic or volunteer as scribe (signed link, purpose day)",
  })
  async page(
    @Param('token') token: string,
    @Query('lang') lang: string | undefined,
    @Query('done') done: string | undefined,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    try {
      const view = await this.day.open(token);
      if (wantsJson(req)) return res.json(view);
      const notice = done === 'topic' || done === 'scribe' ? done : null;
      res.type('html').send(renderDayPage({ lang: dayLanguage(lang, view.language), view, path: pathOf(req), notice }));
    } catch (error) {
      this.fail(error, req, res, lang);
    }
  }

  @Post(':token/topics')
  @ApiOperation({ summary: 'Add a topic on the day (name, title, optional kind and description): a form post redirects (303) to the page' })
  topic(
    @Param('token') token: string,
    @Query('lang') lang: string | undefined,
    @Body() body: unknown,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    return this.submit('topic', dayTopicForm, (form) => this.day.addTopic(token, form), { token, lang, body, req, res });
  }

  @Post(':token/scribes')
  @ApiOperation({ summary: "Volunteer as a placed workshop's scribe (name, topicId): 409 when it already has one" })
  scribe(
    @Param('token') token: string,
    @Query('lang') lang: string | undefined,
    @Body() body: unknown,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    return this.submit('scribe', dayScribeForm, (form) => this.day.volunteer(token, form), { token, lang, body, req, res });
  }

  private async submit<S extends z.ZodType>(
    form: 'topic' | 'scribe',
    schema: S,
    act: (data: z.infer<S>) => Promise<object>,
    call: { token: string; lang: string | undefined; body: unknown; req: Request; res: Response },
  ) {
    const { token, lang, body, req, res } = call;
    const values = typedValues(body);
    try {
      const parsed = schema.safeParse(body ?? {});
      if (!parsed.success) {
        const errors = dayFieldErrors(parsed.error);
        if (wantsJson(req))
          return res
            .status(400)
            .json({ statusCode: 400, message: 'Invalid request', issues: errors.map((e) => ({ path: e.field, code: e.code })) });
        return await this.again(res, 400, token, lang, req, { form, values, errors });
      }
      const result = await act(parsed.data);
      if (wantsJson(req)) return res.status(201).json(result);
      res.redirect(303, `${pagePath(req)}?${new URLSearchParams({ ...(lang ? { lang } : {}), done: form })}`);
    } catch (raw) {
      const error = toHttpError(raw);
      if (error instanceof UseCaseError && shownOnPage.has(error.code) && !wantsJson(req)) {
        return this.again(res, error.status, token, lang, req, { form, values, refusal: error.code });
      }
      this.fail(raw, req, res, lang);
    }
  }

  /** The page again, with what was typed and why it was refused. */
  private async again(
    res: Response,
    status: number,
    token: string,
    lang: string | undefined,
    req: Request,
    failed: NonNullable<Parameters<typeof renderDayPage>[0]['failed']>,
  ) {
    const view = await this.day.open(token);
    res
      .status(status)
      .type('html')
      .send(renderDayPage({ lang: dayLanguage(lang, view.language), view, path: pagePath(req), failed }));
  }

  private fail(error: unknown, req: Request, res: Response, lang: string | undefined) {
    const language: DayLang = dayLanguage(lang, 'fr');
    sendSignedPageError(error, req, res, language, (status, message) => renderDayErrorPage(language, status, message));
  }
}

/** `/day/<token>` whatever the request's own path and query. */
function pathOf(req: Request): string {
  return req.originalUrl.replace(/\?.*$/, '');
}

function pagePath(req: Request): string {
  return pathOf(req).replace(/\/(topics|scribes)$/, '');
}

function typedValues(body: unknown): Partial<Record<DayField, string>> {
  const source = (body ?? {}) as Record<string, unknown>;
  const values: Partial<Record<DayField, string>> = {};
  for (const field of ['name', 'title', 'kind', 'description', 'topicId'] as const) {
    if (typeof source[field] === 'string') values[field] = source[field] as string;
  }
  return values;
}
