import { Body, Controller, Get, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { z } from 'zod';
import { sendSignedPageError, wantsJson } from '../http/signed-page';
import { BallotService } from './ballot.service';
import { ballotLanguage, BallotNotice, renderBallotErrorPage, renderBallotPage } from './ballot.view';
import { UseCaseError } from '@cercle/platform';

const ballotForm = z.object({ topicId: z.string().uuid(), vote: z.enum(['yes', 'no']) });

/**
 * A member's ballot, reached by their registration link (the same token as `/r/<token>`): HTML for people
 * (French unless `?lang=en`, a form post that redirects back with a confirmation), JSON for programs.
 * Registered before TopicsController so `/topics/ballot/...` never reaches the organiser routes.
 */
@ApiTags('topics')
@Controller('topics/ballot')
export class BallotController {
  constructor(private readonly ballot: BallotService) {}

  @Get(':token')
  @ApiOperation({ summary: "The occurrence's proposed topics with the member's votes (signed link, purpose register)" })
  async page(
    @Param('token') token: string,
    @Query('lang') lang: string | undefined,
    @Query('done') done: string | undefined,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    try {
      const view = await this.ballot.open(token);
      if (wantsJson(req)) return res.json(view);
      const notice: BallotNotice | null = done === 'voted' || done === 'withdrawn' ? done : null;
      res.type('html').send(
        renderBallotPage({
          lang: ballotLanguage(lang, view.language),
          view,
          action: req.originalUrl.replace(/\?.*$/, '') + langQuery(lang),
          notice,
        }),
      );
    } catch (error) {
      sendSignedPageError(error, req, res, ballotLanguage(lang, 'fr'), (status, message) =>
        renderBallotErrorPage(ballotLanguage(lang, 'fr'), status, message),
      );
    }
  }

  @Post(':token')
  @ApiOperation({
    summary: 'Vote (vote=yes) or withdraw (vote=no) for a topic: a form post redirects (303) to the ballot, JSON gets the new count',
  })
  async cast(
    @Param('token') token: string,
    @Query('lang') lang: string | undefined,
    @Body() body: unknown,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    try {
      const parsed = ballotForm.safeParse(body ?? {});
      if (!parsed.success) throw new UseCaseError('invalid-vote', 400, 'Give a topicId and vote=yes or vote=no.');
      const result = await this.ballot.cast(token, parsed.data.topicId, parsed.data.vote);
      if (wantsJson(req)) return res.status(200).json(result);
      const back = `${req.originalUrl.replace(/\?.*$/, '')}?${new URLSearchParams({ ...(lang ? { lang } : {}), done: result.voted ? 'voted' : 'withdrawn' })}#topic-${result.topicId}`;
      res.redirect(303, back);
    } catch (error) {
      sendSignedPageError(error, req, res, ballotLanguage(lang, 'fr'), (status, message) =>
        renderBallotErrorPage(ballotLanguage(lang, 'fr'), status, message),
      );
    }
  }
}

const langQuery = (lang: string | undefined): string => (lang === 'en' || lang === 'fr' ? `?lang=${lang}` : '');
