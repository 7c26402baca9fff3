import { Controller, Get, Param, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { UuidParam } from '@cercle/platform';
import { CalendarFeeds } from './calendar-feeds.service';

/** Calendar apps subscribe to these URLs and re-read them: plain `text/calendar`, no page around it. */
@ApiTags('calendar feeds')
@Controller('calendars')
export class CalendarFeedsController {
  constructor(private readonly feeds: CalendarFeeds) {}

  @Get('series/:seriesId')
  async series(@UuidParam('seriesId') seriesId: string, @Res() res: Response) {
    this.send(res, await this.feeds.seriesFeed(seriesId));
  }

  @Get('members/:token')
  async member(@Param('token') token: string, @Res() res: Response) {
    this.send(res, await this.feeds.memberFeed(token));
  }

  private send(res: Response, ics: string): void {
    res.status(200).type('text/calendar; charset=utf-8').setHeader('content-disposition', 'inline; filename="cercle.ics"').send(ics);
  }
}
