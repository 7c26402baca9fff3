import { Body, Controller, Get, Param, Post, Res } from '@nestjs/common';
import type { Response } from 'express';
import { notificationKind } from '@cercle/contracts';
import { ApiError } from '../api/api-error';
import { serviceErrorText } from '../api/error-words';
import { crumbs } from '../shell/breadcrumbs';
import { invalid, redirect, reply, withNotice } from '../http/page-result';
import { Page, type SignedInContext } from '../shell/page-context';
import { renderPage } from '../shell/page-shell';
import type { FormState } from '../series/fields';
import { deliveriesView, type FailedDelivery, type RenderedPreview } from './deliveries.view';

interface Member {
  id: string;
  name: string;
  language: 'fr' | 'en';
  active: boolean;
  guest?: boolean;
}

const NOTICES = {
  fr: { resent: 'Envoi relancé.', 'resent-all': 'Envois en échec relancés.' } as Record<string, string>,
  en: { resent: 'Delivery resent.', 'resent-all': 'Failed deliveries resent.' } as Record<string, string>,
};

/** Failed deliveries (notifications' delivery log), resending them, and previewing any message for a member. */
@Controller('console/deliveries')
export class DeliveriesController {
  @Get()
  async show(@Page() page: SignedInContext, @Res() response: Response): Promise<void> {
    await this.send(page, response, { values: { language: page.lang }, errors: {} }, null);
  }

  @Post('resend-all')
  async resendAll(@Page() page: SignedInContext, @Res() response: Response): Promise<void> {
    // One by one: each resend is its own change in notifications, and one already resent elsewhere is skipped.
    for (const delivery of await this.failed(page)) {
      await page.api.post('notifications', `/deliveries/${encodeURIComponent(delivery.id)}/resend`, {}).catch((error: unknown) => {
        if (!(error instanceof ApiError && error.status === 409)) throw error;
      });
    }
    reply(response, redirect(withNotice('/console/deliveries', 'resent-all')));
  }

  @Post('preview')
  async preview(@Page() page: SignedInContext, @Body() body: Record<string, string>, @Res() response: Response): Promise<void> {
    const members = await this.members(page);
    const member = members.find((m) => m.id === body.memberId);
    const values = {
      kind: body.kind ?? '',
      memberId: body.memberId ?? '',
      seriesId: body.seriesId ?? '',
      language: body.language ?? member?.language ?? 'fr',
    };
    const errors: Record<string, string> = {};
    if (!notificationKind.options.includes(values.kind as never))
      errors.kind = page.lang === 'fr' ? 'Choisissez un message.' : 'Choose a message.';
    if (!member) errors.memberId = page.lang === 'fr' ? 'Choisissez un membre.' : 'Choose a member.';
    if (Object.keys(errors).length) return this.send(page, response, { values, errors }, null, 422);
    try {
      const preview = await page.api.post<RenderedPreview>('notifications', '/previews', {
        kind: values.kind,
        language: values.language,
        ...(values.seriesId ? { seriesId: values.seriesId } : {}),
        sample: { recipient: { name: member!.name } },
      });
      await this.send(page, response, { values, errors: {} }, preview);
    } catch (error) {
      if (!(error instanceof ApiError && error.status === 400)) throw error;
      await this.send(page, response, { values, errors: { _form: serviceErrorText(error, page.lang) } }, null, 422);
    }
  }

  @Post(':deliveryId/resend')
  async resend(@Page() page: SignedInContext, @Param('deliveryId') deliveryId: string, @Res() response: Response): Promise<void> {
    await page.api.post('notifications', `/deliveries/${encodeURIComponent(deliveryId)}/resend`, {});
    reply(response, redirect(withNotice('/console/deliveries', 'resent')));
  }

  private async failed(page: SignedInContext): Promise<FailedDelivery[]> {
    return (await page.api.get<{ items: FailedDelivery[] }>('notifications', '/deliveries?status=failed&limit=100')).items;
  }

  /** Every active member of the organiser's communities (a preview is for one of them). */
  private async members(page: SignedInContext): Promise<Member[]> {
    const communities = await page.api.get<Array<{ id: string }>>('membership', '/communities');
    const lists = await Promise.all(
      communities.map((c) => page.api.get<Member[]>('membership', `/communities/${encodeURIComponent(c.id)}/members`)),
    );
    return lists.flat().filter((m) => m.active && !m.guest);
  }

  private async send(page: SignedInContext, response: Response, form: FormState, preview: RenderedPreview | null, status = 200) {
    const communities = await page.api.get<Array<{ id: string }>>('membership', '/communities');
    const [failed, members, series] = await Promise.all([
      this.failed(page),
      this.members(page),
      Promise.all(
        communities.map((c) =>
          page.api.get<Array<{ id: string; title: string }>>('events', `/series?communityId=${encodeURIComponent(c.id)}`),
        ),
      ),
    ]);
    const main = deliveriesView({
      language: page.lang,
      csrf: page.csrf,
      timeZone: 'Europe/Paris',
      failed,
      kinds: [...notificationKind.options],
      members: members.map(({ id, name }) => ({ id, name })),
      series: series.flat().map(({ id, title }) => ({ id, title })),
      form,
      preview,
      flash: page.query.done ? NOTICES[page.lang][page.query.done] : undefined,
    });
    const title = page.lang === 'fr' ? 'Envois' : 'Deliveries';
    const html = renderPage(page, {
      title,
      heading: false,
      breadcrumbs: crumbs(page.lang, [{ label: title }]),
      main: main.value,
    });
    reply(response, status === 200 ? html : invalid(html));
  }
}
