import { Body, Controller, Get, Inject, Param, Post, Res } from '@nestjs/common';
import { CLOCK, type Clock } from '@cercle/platform';
import type { Response } from 'express';
import { ApiError } from '../api/api-error';
import { issueText, serviceErrorText } from '../api/error-words';
import { CommunityParam, SeriesParam } from '../http/ids';
import { invalid, redirect, reply, withNotice } from '../http/page-result';
import { Page, type SignedInContext } from '../shell/page-context';
import { communityTrail, crumbs } from '../shell/breadcrumbs';
import { type Crumb, renderPage } from '../shell/page-shell';
import type { FormState } from './fields';
import { immediateStepWarnings, localDate, pastFirstDateWarning } from './preview-warnings';
import type { Html } from './markup';
import { isStillToHold, nextSessionToHold } from './next-session';
import { readSeriesForm, seriesFormErrors } from './series-form';
import { seriesFormView, type FormatOption } from './series-form.view';
import { seriesListView, type CommunitySeries } from './series-list.view';
import type { SeriesPreviewData } from './series-preview.view';
import { seriesEditBody, seriesExceptionBody, seriesView, type SeriesPageData } from './series.view';

const TITLES = {
  fr: { list: 'Séries', create: 'Nouvelle série', done: 'Enregistré.' },
  en: { list: 'Series', create: 'New series', done: 'Saved.' },
};

const id = (value: string) => encodeURIComponent(value);
/** A refusal a form shows (the rest goes to the console's error pages). */
const shown = (error: unknown): error is ApiError => error instanceof ApiError && [400, 409, 422].includes(error.status);

/** Series: the list per community, the form with its preview, a series' page, its edit and exceptions. */
@Controller('console')
export class SeriesController {
  constructor(@Inject(CLOCK) private readonly clock: Clock) {}

  @Get('series')
  async list(@Page() page: SignedInContext, @Res() response: Response): Promise<void> {
    const communities = await page.api.get<Array<{ id: string; name: string }>>('membership', '/communities');
    const all: CommunitySeries[] = await Promise.all(
      communities.map(async (community) => ({
        community,
        series: await Promise.all(
          (await page.api.get<CommunitySeries['series']>('events', `/series?communityId=${id(community.id)}`)).map((s) =>
            this.withNextToHold(page, s),
          ),
        ),
      })),
    );
    const title = TITLES[page.lang].list;
    this.send(page, response, title, seriesListView(all, page.lang), crumbs(page.lang, [{ label: title }]));
  }

  @Get('communities/:communityId/series/new')
  async newSeries(@Page() page: SignedInContext, @CommunityParam() communityId: string, @Res() response: Response): Promise<void> {
    const formats = await page.api.get<FormatOption[]>('events', '/formats');
    const peerGroup = formats.find((f) => f.id === 'peer-group') ?? formats[0];
    const values = {
      formatId: peerGroup?.id ?? '',
      startTime: peerGroup?.defaultStartTime ?? '',
      pattern: 'monthly-nth',
      timeZone: 'Europe/Paris',
    };
    await this.sendForm(page, response, communityId, formats, { values, errors: {} }, null);
  }

  @Post('communities/:communityId/series')
  async create(
    @Page() page: SignedInContext,
    @CommunityParam() communityId: string,
    @Body() body: Record<string, string>,
    @Res() response: Response,
  ): Promise<void> {
    const formats = await page.api.get<FormatOption[]>('events', '/formats');
    const values = { ...body };
    delete values._csrf;
    const read = readSeriesForm(values, communityId, page.lang);
    if (!read.ok) return this.sendForm(page, response, communityId, formats, { values, errors: read.errors }, null, 422);
    try {
      if (body.action === 'preview') {
        const preview = await page.api.post<SeriesPreviewData>('events', '/series/preview', { ...read.body, count: 6 });
        const zone = values.timeZone || 'Europe/Paris';
        const past = pastFirstDateWarning(values.firstDate ?? '', localDate(this.clock.now(), zone), preview, zone, page.lang);
        const warnings: Record<string, string> = past ? { firstDate: past } : {};
        return this.sendForm(page, response, communityId, formats, { values, errors: {}, warnings }, preview);
      }
      const created = await page.api.post<{ series: { id: string } }>('events', '/series', read.body);
      reply(response, redirect(withNotice(`/console/series/${id(created.series.id)}`, 'created')));
    } catch (error) {
      if (!shown(error)) throw error;
      const errors = seriesFormErrors(error, values.pattern ?? '', page.lang);
      await this.sendForm(page, response, communityId, formats, { values, errors }, null, 422);
    }
  }

  @Get('series/:seriesId')
  async show(@Page() page: SignedInContext, @SeriesParam() seriesId: string, @Res() response: Response): Promise<void> {
    const data = await this.load(page, seriesId);
    await this.sendSeries(page, response, data, {}, {});
  }

  @Post('series/:seriesId/edit')
  async edit(
    @Page() page: SignedInContext,
    @SeriesParam() seriesId: string,
    @Body() body: Record<string, string>,
    @Res() response: Response,
  ) {
    const data = await this.load(page, seriesId);
    const changes = seriesEditBody(body, data.series);
    if (!Object.keys(changes).length) return reply(response, redirect(`/console/series/${id(seriesId)}`));
    try {
      await page.api.patch('events', `/series/${id(seriesId)}`, changes);
      reply(response, redirect(withNotice(`/console/series/${id(seriesId)}`, 'saved')));
    } catch (error) {
      if (!shown(error)) throw error;
      const byPath = Object.fromEntries(error.issues.map((i) => [i.path, issueText(i, page.lang)]));
      const errors = error.issues.length
        ? byPath
        : { [error.code.startsWith('LOCAL_TIME') ? 'startTime' : '_form']: serviceErrorText(error, page.lang) };
      await this.sendSeries(page, response, data, { values: body, errors }, {}, 422);
    }
  }

  @Post('series/:seriesId/exceptions')
  async addException(
    @Page() page: SignedInContext,
    @SeriesParam() seriesId: string,
    @Body() body: Record<string, string>,
    @Res() response: Response,
  ): Promise<void> {
    try {
      await page.api.post('events', `/series/${id(seriesId)}/exceptions`, seriesExceptionBody(body));
      reply(response, redirect(withNotice(`/console/series/${id(seriesId)}`, 'saved')));
    } catch (error) {
      if (!shown(error)) throw error;
      const field = (path: string) => (path === 'date' ? 'date' : 'newLocalStart');
      const errors = error.issues.length
        ? Object.fromEntries(error.issues.map((i) => [field(i.path), issueText(i, page.lang)]))
        : { [body.type === 'move' ? 'newLocalStart' : 'date']: serviceErrorText(error, page.lang) };
      await this.sendSeries(page, response, await this.load(page, seriesId), {}, { values: body, errors }, 422);
    }
  }

  @Post('series/:seriesId/exceptions/:date/delete')
  async removeException(
    @Page() page: SignedInContext,
    @SeriesParam() seriesId: string,
    @Param('date') date: string,
    @Res() response: Response,
  ): Promise<void> {
    await page.api.delete('events', `/series/${id(seriesId)}/exceptions/${id(date)}`);
    reply(response, redirect(withNotice(`/console/series/${id(seriesId)}`, 'saved')));
  }

  /** Events names the next session by date; one already held early ("run now") is replaced by the next to hold. */
  private async withNextToHold(page: SignedInContext, s: CommunitySeries['series'][number]): Promise<CommunitySeries['series'][number]> {
    if (!s.nextOccurrence || isStillToHold(s.nextOccurrence.status)) return s;
    const sessions = await page.api.get<SeriesPageData['occurrences']>('events', `/series/${id(s.id)}/occurrences`);
    const next = nextSessionToHold(sessions.filter((o) => o.startsAt >= (s.nextOccurrence?.startsAt ?? '')));
    return { ...s, nextOccurrence: next && { id: next.id, startsAt: next.startsAt, status: next.status } };
  }

  private async load(page: SignedInContext, seriesId: string): Promise<SeriesPageData> {
    const [series, occurrences, exceptions] = await Promise.all([
      page.api.get<SeriesPageData['series']>('events', `/series/${id(seriesId)}`),
      page.api.get<SeriesPageData['occurrences']>('events', `/series/${id(seriesId)}/occurrences`),
      page.api.get<SeriesPageData['exceptions']>('events', `/series/${id(seriesId)}/exceptions`),
    ]);
    return { series, occurrences, exceptions };
  }

  private async sendSeries(
    page: SignedInContext,
    response: Response,
    data: SeriesPageData,
    edit: Partial<FormState>,
    exception: Partial<FormState>,
    status = 200,
  ): Promise<void> {
    const s = data.series;
    const current = {
      title: s.title,
      location: s.location ?? '',
      capacity: s.capacity?.toString() ?? '',
      startTime: s.startTime,
      rrule: s.rrule,
    };
    const html = seriesView({
      language: page.lang,
      csrf: page.csrf,
      base: `/console/series/${id(s.id)}`,
      data,
      edit: { values: edit.values ?? current, errors: edit.errors ?? {} },
      exception: { values: exception.values ?? {}, errors: exception.errors ?? {} },
      report: page.query.done ? TITLES[page.lang].done : undefined,
    });
    const community = await this.community(page, s.communityId);
    this.send(page, response, s.title, html, communityTrail(page.lang, community, [{ label: s.title }]), status);
  }

  /** The community a page hangs from in the breadcrumb (membership knows its name). */
  private community(page: SignedInContext, communityId: string): Promise<{ id: string; name: string }> {
    return page.api.get<{ id: string; name: string }>('membership', `/communities/${id(communityId)}`);
  }

  private async sendForm(
    page: SignedInContext,
    response: Response,
    communityId: string,
    formats: FormatOption[],
    form: FormState,
    preview: SeriesPreviewData | null,
    status = 200,
  ): Promise<void> {
    const html = seriesFormView({
      language: page.lang,
      csrf: page.csrf,
      action: `/console/communities/${id(communityId)}/series`,
      formats,
      form,
      preview,
      immediateSteps: preview ? immediateStepWarnings(preview, this.clock.now(), form.values.timeZone || 'Europe/Paris', page.lang) : [],
    });
    const title = TITLES[page.lang].create;
    const community = await this.community(page, communityId);
    this.send(page, response, title, html, communityTrail(page.lang, community, [{ label: title }]), status);
  }

  private send(page: SignedInContext, response: Response, title: string, main: Html, breadcrumbs: Crumb[], status = 200): void {
    const html = renderPage(page, {
      title,
      heading: false,
      breadcrumbs,
      main: main.value,
    });
    reply(response, status === 200 ? html : invalid(html));
  }
}
