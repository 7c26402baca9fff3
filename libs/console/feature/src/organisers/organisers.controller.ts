import { Body, Controller, Get, NotFoundException, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import type { Response } from 'express';
import { z } from 'zod';
import { ApiError } from '../api/api-error';
import type { CommunityView } from '../communities/community-views';
import { communityPath, CommunityParam } from '../http/ids';
import { invalid, redirect, reply, withNotice } from '../http/page-result';
import { Page, type SignedInContext } from '../shell/page-context';
import { organisersText } from './organisers.text';
import { type InvitationRow, type OrganiserRow, renderOrganisersPage } from './organisers.view';

const email = z.string().trim().toLowerCase().email().max(320);

/** Co-organisers of a community: the list, inviting (owners), removing (owners). Membership decides who may. */
@Controller('console/communities/:communityId/organisers')
export class OrganisersController {
  @Get()
  async list(@Page() page: SignedInContext, @CommunityParam() communityId: string, @Res() response: Response): Promise<void> {
    reply(response, renderOrganisersPage(page, ...(await this.load(page, communityId))));
  }

  @Post('invite')
  async invite(
    @Page() page: SignedInContext,
    @CommunityParam() communityId: string,
    @Body() body: Record<string, string>,
    @Res() response: Response,
  ) {
    const w = organisersText[page.lang];
    const values = { email: body.email ?? '', name: body.name ?? '', language: body.language === 'en' ? 'en' : 'fr' };
    const parsed = email.safeParse(values.email);
    if (!parsed.success) {
      return reply(
        response,
        invalid(renderOrganisersPage(page, ...(await this.load(page, communityId)), { values, errors: { email: w.emailInvalid } })),
      );
    }
    try {
      await page.api.post('membership', communityPath(communityId, '/invitations'), {
        email: parsed.data,
        language: values.language,
        ...(values.name.trim() ? { name: values.name.trim() } : {}),
      });
    } catch (error) {
      if (!(error instanceof ApiError) || ![403, 409, 422].includes(error.status)) throw error;
      const refused = error.status === 403 ? w.ownerOnly : `${w.refused} ${error.message}`;
      return reply(response, invalid(renderOrganisersPage(page, ...(await this.load(page, communityId)), { values, refused })));
    }
    reply(response, redirect(withNotice(`/console/communities/${communityId}/organisers`, 'invited')));
  }

  @Post(':organiserId/remove')
  async remove(
    @Page() page: SignedInContext,
    @CommunityParam() communityId: string,
    @Param('organiserId', new ParseUUIDPipe({ exceptionFactory: () => new NotFoundException() })) organiserId: string,
    @Res() response: Response,
  ) {
    try {
      await page.api.delete('membership', communityPath(communityId, `/organisers/${organiserId}`));
    } catch (error) {
      if (!(error instanceof ApiError) || ![403, 409, 422].includes(error.status)) throw error;
      const w = organisersText[page.lang];
      const refused = error.status === 403 ? w.ownerOnly : `${w.refused} ${error.message}`;
      return reply(response, invalid(renderOrganisersPage(page, ...(await this.load(page, communityId)), { refused })));
    }
    reply(response, redirect(withNotice(`/console/communities/${communityId}/organisers`, 'removed')));
  }

  private load(page: SignedInContext, communityId: string): Promise<[CommunityView, OrganiserRow[], InvitationRow[]]> {
    return Promise.all([
      page.api.get<CommunityView>('membership', communityPath(communityId)),
      page.api.get<OrganiserRow[]>('membership', communityPath(communityId, '/organisers')),
      page.api.get<InvitationRow[]>('membership', communityPath(communityId, '/invitations')),
    ]);
  }
}
