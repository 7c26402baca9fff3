import { Body, Controller, Get, HttpCode, Inject, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { LinkPurpose } from '@cercle/contracts';
import { SERVICE_CONFIG, ServiceConfig, CLOCK, Clock } from '@cercle/platform';
import { sendSignedPageError, verifyOccurrenceLink, wantsJson } from '../http/signed-page';
import { noteBody } from './notes.schemas';
import { NotesService } from './notes.service';
import { pageLanguage, renderNotesErrorPage, renderScribePage } from './scribe-page.view';

/**
 * A scribe's page, reached by their signed link (purpose "notes", member = the scribe, subject = the
 * occurrence): no account, no organiser token. HTML for people (a form post, no JavaScript needed; French
 * unless `?lang=en`), JSON for programs (Accept: application/json, or a JSON body).
 */
@ApiTags('notes')
@Controller('notes')
export class ScribeNotesController {
  constructor(
    private readonly notes: NotesService,
    @Inject(SERVICE_CONFIG) private readonly config: ServiceConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get(':token')
  @ApiOperation({ summary: "The scribe's page: workshops, notes so far and the deadline" })
  async page(@Param('token') token: string, @Query('lang') lang: string | undefined, @Req() req: Request, @Res() res: Response) {
    try {
      const link = this.verify(token);
      const view = await this.notes.scribeView(link.occurrenceId, link.memberId);
      if (wantsJson(req)) return res.json(view);
      res.type('html').send(renderScribePage({ lang: pageLanguage(lang), view, action: req.originalUrl }));
    } catch (error) {
      this.fail(error, req, res, lang);
    }
  }

  @Post(':token')
  @HttpCode(200)
  @ApiOperation({ summary: "Submit a workshop's notes (refused after the deadline, once archived, or for a cancelled occurrence)" })
  async submit(
    @Param('token') token: string,
    @Query('lang') lang: string | undefined,
    @Body() body: unknown,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    try {
      const link = this.verify(token);
      const parsed = noteBody.safeParse(body ?? {});
      if (!parsed.success) {
        const issues = parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
        if (wantsJson(req)) return res.status(400).json({ statusCode: 400, message: 'Invalid request', issues });
        const view = await this.notes.scribeView(link.occurrenceId, link.memberId);
        const values = body as { workshop?: string; markdown?: string };
        return res
          .status(400)
          .type('html')
          .send(renderScribePage({ lang: pageLanguage(lang), view, action: req.originalUrl, errors: issues, values }));
      }
      await this.notes.save(link.occurrenceId, parsed.data, { type: 'scribe', memberId: link.memberId });
      if (wantsJson(req)) return res.json({ occurrenceId: link.occurrenceId, workshop: parsed.data.workshop, saved: true });
      const view = await this.notes.scribeView(link.occurrenceId, link.memberId);
      res.type('html').send(renderScribePage({ lang: pageLanguage(lang), view, action: req.originalUrl, saved: true }));
    } catch (error) {
      this.fail(error, req, res, lang);
    }
  }

  private verify(token: string): { occurrenceId: string; memberId: string } {
    return verifyOccurrenceLink(this.config.LINK_SECRET, token, LinkPurpose.Notes, this.clock.now());
  }

  private fail(error: unknown, req: Request, res: Response, lang: string | undefined) {
    sendSignedPageError(error, req, res, pageLanguage(lang), (status, message) =>
      renderNotesErrorPage(pageLanguage(lang), status, message),
    );
  }
}
