import { Body, Controller, Get, Inject, Post, Res } from '@nestjs/common';
import { CLOCK, type Clock } from '@cercle/platform';
import type { Response } from 'express';
import { formatDay } from '@cercle/words';
import { ApiError } from '../api/api-error';
import { serviceErrorText } from '../api/error-words';
import { OccurrenceParam } from '../http/ids';
import { invalid, redirect, reply, withNotice } from '../http/page-result';
import { Page, type SignedInContext } from '../shell/page-context';
import { seriesTrail } from '../shell/breadcrumbs';
import { renderPage } from '../shell/page-shell';
import { isOver, newStartProblem } from './change-checks';
import type { ChangeAudienceData, OccurrenceForm, OccurrencePage } from './occurrence-data';
import { keptValues, occurrenceForms, type PostedForm } from './occurrence-forms';
import { loadChangeAudience, loadOccurrence, type CallService } from './occurrence-loader';
import { occurrenceView } from './occurrence.view';

const NOTICES = {
  fr: { advanced: 'Étape exécutée.', saved: 'Enregistré.', rescheduled: 'Séance déplacée.', cancelled: 'Séance annulée.' } as Record<
    string,
    string
  >,
  en: { advanced: 'Step run.', saved: 'Saved.', rescheduled: 'Session moved.', cancelled: 'Session cancelled.' } as Record<string, string>,
};

const id = (value: string) => encodeURIComponent(value);
const refused = (error: unknown): error is ApiError => error instanceof ApiError && [400, 409, 422].includes(error.status);

/** An occurrence's page and each of its forms; every change is a call to the events API as the organiser. */
@Controller('console/occurrences/:occurrenceId')
export class OccurrencesController {
  constructor(@Inject(CLOCK) private readonly clock: Clock) {}

  @Get()
  async show(@Page() page: SignedInContext, @OccurrenceParam() occurrenceId: string, @Res() response: Response): Promise<void> {
    await this.send(page, response, occurrenceId, {});
  }

  @Post('advance')
  async advance(@Page() page: SignedInContext, @OccurrenceParam() occurrenceId: string, @Res() response: Response): Promise<void> {
    try {
      await page.api.post('events', `/occurrences/${id(occurrenceId)}/advance`, {});
      reply(response, redirect(`${withNotice(`/console/occurrences/${id(occurrenceId)}`, 'advanced')}#timeline`));
    } catch (error) {
      if (!refused(error)) throw error;
      await this.send(page, response, occurrenceId, { flash: { kind: 'error', text: serviceErrorText(error, page.lang) } }, 422);
    }
  }

  @Post('votes')
  vote(@Page() page: SignedInContext, @OccurrenceParam() o: string, @Body() body: PostedForm, @Res() response: Response) {
    return this.submit(page, response, o, 'vote', body, () =>
      page.api.post('events', `/topics/${id(String(body.topicId))}/votes`, occurrenceForms.vote.body(body)),
    );
  }

  @Post('placement')
  place(@Page() page: SignedInContext, @OccurrenceParam() o: string, @Body() body: PostedForm, @Res() response: Response) {
    return this.submit(page, response, o, 'placement', body, () =>
      page.api.put('events', `/topics/${id(String(body.topicId))}/placement`, occurrenceForms.placement.body(body)),
    );
  }

  @Post('roles')
  roles(@Page() page: SignedInContext, @OccurrenceParam() o: string, @Body() body: PostedForm, @Res() response: Response) {
    return this.submit(page, response, o, 'roles', body, () =>
      page.api.put('events', `/occurrences/${id(o)}/roles`, occurrenceForms.roles.body(body)),
    );
  }

  @Post('scribes')
  scribes(@Page() page: SignedInContext, @OccurrenceParam() o: string, @Body() body: PostedForm, @Res() response: Response) {
    return this.submit(page, response, o, 'scribe', body, () =>
      page.api.put('events', `/occurrences/${id(o)}/scribes`, occurrenceForms.scribe.body(body)),
    );
  }

  @Post('reschedule')
  async reschedule(@Page() page: SignedInContext, @OccurrenceParam() o: string, @Body() body: PostedForm, @Res() response: Response) {
    if (body.action === 'preview') return this.previewAudience(page, response, o, 'reschedule', 'reschedule', body);
    return this.submit(page, response, o, 'reschedule', body, () =>
      page.api.post('events', `/occurrences/${id(o)}/reschedule`, occurrenceForms.reschedule.body(body)),
    );
  }

  @Post('cancel')
  async cancel(@Page() page: SignedInContext, @OccurrenceParam() o: string, @Body() body: PostedForm, @Res() response: Response) {
    if (body.action === 'preview') return this.previewAudience(page, response, o, 'cancel', 'cancellation', body);
    return this.submit(page, response, o, 'cancel', body, () =>
      page.api.post('events', `/occurrences/${id(o)}/cancel`, occurrenceForms.cancel.body(body)),
    );
  }

  /** Who the change would tell, shown under the form with what was typed; nothing changes yet. */
  private async previewAudience(
    page: SignedInContext,
    response: Response,
    occurrenceId: string,
    form: OccurrenceForm,
    kind: ChangeAudienceData['kind'],
    body: PostedForm,
  ): Promise<void> {
    const call = this.caller(page);
    const data = await loadOccurrence(call, occurrenceId);
    const values = keptValues(body);
    // A session over has no change form (the page says why); a stale form posted anyway shows that page.
    if (isOver(data.occurrence.status)) return this.render(page, response, { language: page.lang, csrf: page.csrf, data, forms: {} }, 409);
    const problem = form === 'reschedule' ? this.startProblem(values.localStart ?? '', data.occurrence.timeZone, page) : null;
    if (problem) {
      const forms = { [form]: { values, errors: { localStart: problem } } };
      return this.render(page, response, { language: page.lang, csrf: page.csrf, data, forms }, 422);
    }
    const audience = await loadChangeAudience(call, occurrenceId, kind, data.members, data.occurrence.communityId);
    await this.render(page, response, {
      language: page.lang,
      csrf: page.csrf,
      data,
      forms: { [form]: { values, errors: {} } },
      audience,
    });
  }

  private startProblem(localStart: string, timeZone: string, page: SignedInContext): string | null {
    return newStartProblem(localStart, this.clock.now(), timeZone, page.lang);
  }

  /** Calls the API; a refusal shows the form again with what was typed and the errors by field. */
  private async submit(
    page: SignedInContext,
    response: Response,
    occurrenceId: string,
    form: OccurrenceForm,
    body: PostedForm,
    change: () => Promise<unknown>,
  ): Promise<void> {
    try {
      await change();
      const notice = form === 'reschedule' ? 'rescheduled' : form === 'cancel' ? 'cancelled' : 'saved';
      reply(response, redirect(withNotice(`/console/occurrences/${id(occurrenceId)}`, notice)));
    } catch (error) {
      if (!refused(error)) throw error;
      const errors = occurrenceForms[form].errors(error, page.lang);
      await this.send(page, response, occurrenceId, { forms: { [form]: { values: keptValues(body), errors } } }, 422);
    }
  }

  private caller(page: SignedInContext): CallService {
    return <T>(service: Parameters<CallService>[0], method: Parameters<CallService>[1], path: string, body?: unknown) => {
      switch (method) {
        case 'GET':
          return page.api.get<T>(service, path);
        case 'POST':
          return page.api.post<T>(service, path, body);
        case 'PUT':
          return page.api.put<T>(service, path, body);
        case 'PATCH':
          return page.api.patch<T>(service, path, body);
        case 'DELETE':
          return page.api.delete<T>(service, path);
      }
    };
  }

  private async send(
    page: SignedInContext,
    response: Response,
    occurrenceId: string,
    extra: Partial<OccurrencePage>,
    status = 200,
  ): Promise<void> {
    const data = await loadOccurrence(this.caller(page), occurrenceId);
    const done = page.query.done ? NOTICES[page.lang][page.query.done] : undefined;
    const flash = done ? { kind: 'success' as const, text: done } : undefined;
    await this.render(page, response, { language: page.lang, csrf: page.csrf, data, forms: {}, flash, ...extra }, status);
  }

  private async render(page: SignedInContext, response: Response, view: OccurrencePage, status = 200): Promise<void> {
    const { occurrence } = view.data;
    const [community, series] = await Promise.all([
      page.api.get<{ id: string; name: string }>('membership', `/communities/${id(occurrence.communityId)}`),
      page.api.get<{ id: string; title: string }>('events', `/series/${id(occurrence.seriesId)}`),
    ]);
    const session = `${occurrence.title} — ${formatDay(occurrence.startsAt, occurrence.timeZone, page.lang)}`;
    const html = renderPage(page, {
      title: occurrence.title,
      heading: false,
      breadcrumbs: seriesTrail(page.lang, community, series, [{ label: session }]),
      main: occurrenceView(view).value,
    });
    reply(response, status === 200 ? html : invalid(html));
  }
}
