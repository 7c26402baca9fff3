import { Body, Controller, Get, Post, Res } from '@nestjs/common';
import type { Response } from 'express';
import { ApiError } from '../api/api-error';
import { invalid, redirect, reply, withNotice } from '../http/page-result';
import { Page, type SignedInContext } from '../shell/page-context';
import { communitiesText } from './communities.text';
import { renderCommunitiesPage } from './communities.view';
import type { CommunityView } from './community-views';

/** The communities the organiser runs, and creating one (membership's POST /communities). */
@Controller('console/communities')
export class CommunitiesController {
  @Get()
  async list(@Page() page: SignedInContext, @Res() response: Response): Promise<void> {
    reply(response, renderCommunitiesPage(page, await page.api.get<CommunityView[]>('membership', '/communities')));
  }

  @Post()
  async create(@Page() page: SignedInContext, @Body() body: Record<string, string>, @Res() response: Response): Promise<void> {
    const values = { name: (body.name ?? '').trim(), defaultLanguage: body.defaultLanguage === 'en' ? 'en' : 'fr' };
    const shownAgain = async (errors: Record<string, string>) =>
      reply(
        response,
        invalid(renderCommunitiesPage(page, await page.api.get<CommunityView[]>('membership', '/communities'), { values, errors })),
      );
    if (!values.name || values.name.length > 200) return shownAgain({ name: communitiesText[page.lang].nameRequired });
    try {
      const created = await page.api.post<CommunityView>('membership', '/communities', values);
      reply(response, redirect(withNotice(`/console/communities/${created.id}`, 'created')));
    } catch (error) {
      if (error instanceof ApiError && error.status === 400) return shownAgain({ name: communitiesText[page.lang].nameRequired });
      throw error;
    }
  }
}
