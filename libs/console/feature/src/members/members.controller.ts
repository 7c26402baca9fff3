import { Body, Controller, Get, NotFoundException, Post, Res } from '@nestjs/common';
import type { Response } from 'express';
import { ApiError } from '../api/api-error';
import type { CommunityView, MemberView } from '../communities/community-views';
import { communityPath, CommunityParam, MemberParam } from '../http/ids';
import { invalid, redirect, reply, withNotice } from '../http/page-result';
import { Page, type SignedInContext } from '../shell/page-context';
import { readMemberForm, valuesOf } from './member-form';
import { membersText } from './members.text';
import { renderMemberEditPage, renderMembersPage } from './members.view';

/** A community's members: the table and its search, adding, editing, (de)activating (membership's API). */
@Controller('console/communities/:communityId/members')
export class MembersController {
  @Get()
  async list(@Page() page: SignedInContext, @CommunityParam() communityId: string, @Res() response: Response): Promise<void> {
    const [community, members] = await this.load(page, communityId);
    reply(response, renderMembersPage(page, community, members));
  }

  @Post()
  async add(
    @Page() page: SignedInContext,
    @CommunityParam() communityId: string,
    @Body() body: Record<string, string>,
    @Res() response: Response,
  ) {
    const values = valuesOf(body);
    const read = readMemberForm(page, values);
    let errors = read.ok ? null : read.errors;
    if (read.ok) {
      try {
        await page.api.post('membership', communityPath(communityId, '/members'), { members: [read.member] });
        return reply(response, redirect(withNotice(`/console/communities/${communityId}/members`, 'added')));
      } catch (error) {
        if (!(error instanceof ApiError && error.code === 'member-exists')) throw error;
        errors = { email: membersText[page.lang].emailTaken };
      }
    }
    const [community, members] = await this.load(page, communityId);
    reply(response, invalid(renderMembersPage(page, community, members, { values, errors: errors! })));
  }

  @Get(':memberId/edit')
  async editForm(
    @Page() page: SignedInContext,
    @CommunityParam() communityId: string,
    @MemberParam() memberId: string,
    @Res() response: Response,
  ) {
    const [community, members] = await this.load(page, communityId);
    reply(response, renderMemberEditPage(page, community, memberIn(members, memberId)));
  }

  @Post(':memberId/edit')
  async edit(
    @Page() page: SignedInContext,
    @CommunityParam() communityId: string,
    @MemberParam() memberId: string,
    @Body() body: Record<string, string>,
    @Res() response: Response,
  ) {
    const values = valuesOf(body);
    const read = readMemberForm(page, values);
    let errors = read.ok ? null : read.errors;
    if (read.ok) {
      try {
        await page.api.patch('membership', `/members/${memberId}`, read.member);
        return reply(response, redirect(withNotice(`/console/communities/${communityId}/members`, 'saved')));
      } catch (error) {
        if (!(error instanceof ApiError && error.code === 'member-exists')) throw error;
        errors = { email: membersText[page.lang].emailTaken };
      }
    }
    const [community, members] = await this.load(page, communityId);
    reply(response, invalid(renderMemberEditPage(page, community, memberIn(members, memberId), { values, errors: errors! })));
  }

  @Post(':memberId/active')
  async setActive(
    @Page() page: SignedInContext,
    @CommunityParam() communityId: string,
    @MemberParam() memberId: string,
    @Body() body: Record<string, string>,
    @Res() response: Response,
  ) {
    const active = body.active === 'true';
    // The member must be of this community: membership checks the organiser may act on it, the console that the page is coherent.
    memberIn((await this.load(page, communityId))[1], memberId);
    await page.api.patch('membership', `/members/${memberId}`, { active });
    const back = `/console/communities/${communityId}/members${body.q ? `?q=${encodeURIComponent(body.q)}` : ''}`;
    reply(response, redirect(withNotice(back, active ? 'reactivated' : 'deactivated')));
  }

  private load(page: SignedInContext, communityId: string): Promise<[CommunityView, MemberView[]]> {
    return Promise.all([
      page.api.get<CommunityView>('membership', communityPath(communityId)),
      page.api.get<MemberView[]>('membership', communityPath(communityId, '/members')),
    ]);
  }
}

function memberIn(members: MemberView[], memberId: string): MemberView {
  const member = members.find((m) => m.id === memberId && !m.erasedAt);
  if (!member) throw new NotFoundException();
  return member;
}
