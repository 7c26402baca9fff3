import { Body, Controller, Get, Post, Res } from '@nestjs/common';
import type { Response } from 'express';
import { ApiError } from '../api/api-error';
import { issueText, serviceErrorText } from '../api/error-words';
import { crumbs } from '../shell/breadcrumbs';
import { invalid, redirect, reply, withNotice } from '../http/page-result';
import { Page, type SignedInContext } from '../shell/page-context';
import { renderPage } from '../shell/page-shell';
import { fieldErrorsOf } from './api-errors';
import type { FormState } from './fields';
import { readFormatForm } from './format-form';
import { formatsView, type FormatsPage } from './formats.view';

type FormatRow = Omit<FormatsPage['formats'][number], 'builtIn'>;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The formats a series can follow, and defining one's own (events' POST /formats). */
@Controller('console/formats')
export class FormatsController {
  @Get()
  async list(@Page() page: SignedInContext, @Res() response: Response): Promise<void> {
    await this.send(page, response, { values: { durationMinutes: '60', startTime: '10:00' }, errors: {} });
  }

  @Post()
  async create(@Page() page: SignedInContext, @Body() body: Record<string, string>, @Res() response: Response): Promise<void> {
    const read = readFormatForm(body, page.lang);
    if (!read.ok) return this.send(page, response, { values: body, errors: read.errors }, 422);
    try {
      await page.api.post('events', '/formats', read.body);
      reply(response, redirect(withNotice('/console/formats', 'created')));
    } catch (error) {
      if (!(error instanceof ApiError) || ![400, 422].includes(error.status)) throw error;
      const errors = fieldErrorsOf(
        error,
        { name: 'name', defaultDurationMinutes: 'durationMinutes', defaultStartTime: 'startTime' },
        {},
        page.lang,
      );
      // Slot problems come back as agenda.<n>.<field>: the agenda box is where they were typed.
      for (const issue of error.issues)
        if (issue.path.startsWith('agenda')) errors.agenda = `${issue.path} : ${issueText(issue, page.lang)}`;
      delete errors._form;
      await this.send(
        page,
        response,
        { values: body, errors: Object.keys(errors).length ? errors : { _form: serviceErrorText(error, page.lang) } },
        422,
      );
    }
  }

  private async send(page: SignedInContext, response: Response, form: FormState, status = 200): Promise<void> {
    const formats = await page.api.get<FormatRow[]>('events', '/formats');
    const main = formatsView({
      language: page.lang,
      csrf: page.csrf,
      action: '/console/formats',
      formats: formats.map((f) => ({ ...f, builtIn: !UUID.test(f.id) })),
      form,
    });
    const title = page.lang === 'fr' ? 'Formats' : 'Formats';
    const html = renderPage(page, {
      title,
      heading: false,
      breadcrumbs: crumbs(page.lang, [{ label: title }]),
      notices:
        page.query.done === 'created' ? [{ kind: 'success', text: page.lang === 'fr' ? 'Format enregistré.' : 'Format saved.' }] : [],
      main: main.value,
    });
    reply(response, status === 200 ? html : invalid(html));
  }
}
