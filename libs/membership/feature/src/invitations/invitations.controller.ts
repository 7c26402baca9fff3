import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiZodBody, CurrentOrganiser, OrganiserPrincipal, UuidParam, ZodPipe } from '@cercle/platform';
import { inviteBody, InviteBody } from './invitations.schemas';
import { InvitationsService } from './invitations.service';

@ApiTags('invitations')
@ApiBearerAuth()
@Controller('communities')
export class InvitationsController {
  constructor(private readonly invitations: InvitationsService) {}

  @Post(':communityId/invitations')
  @HttpCode(201)
  @ApiOperation({ summary: 'Invite someone by email to co-organise this community (owners only); the link is valid 7 days' })
  @ApiZodBody(inviteBody)
  invite(
    @CurrentOrganiser() organiser: OrganiserPrincipal,
    @UuidParam('communityId') communityId: string,
    @Body(new ZodPipe(inviteBody)) body: InviteBody,
  ) {
    return this.invitations.invite(organiser, communityId, body);
  }

  @Get(':communityId/invitations')
  @ApiOperation({ summary: 'The invitations of this community: pending, accepted or expired' })
  list(@UuidParam('communityId') communityId: string) {
    return this.invitations.list(communityId);
  }
}
