import { Body, Controller, Delete, Get, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiZodBody, CurrentOrganiser, OrganiserPrincipal, UuidParam, ZodPipe } from '@cercle/platform';
import { OrganiserTokensService } from './organiser-tokens.service';
import { createTokenBody, CreateTokenBody } from './organisers.schemas';

@ApiTags('organisers')
@ApiBearerAuth()
@Controller('organisers/me/tokens')
export class OrganiserTokensController {
  constructor(private readonly tokens: OrganiserTokensService) {}

  @Get()
  @ApiOperation({ summary: 'Your API tokens (name, read-only, expiry, revocation); never the tokens themselves' })
  list(@CurrentOrganiser() organiser: OrganiserPrincipal) {
    return this.tokens.list(organiser);
  }

  @Post()
  @ApiOperation({ summary: 'Issue yourself another API token, read-only and/or expiring if you wish; the token is shown once' })
  @ApiZodBody(createTokenBody)
  issue(@CurrentOrganiser() organiser: OrganiserPrincipal, @Body(new ZodPipe(createTokenBody)) body: CreateTokenBody) {
    return this.tokens.issue(organiser, body);
  }

  @Delete(':tokenId')
  @ApiOperation({
    summary: 'Revoke one of your tokens (the one you call with too: `revokedOwnToken` says so); revoking again answers the same',
  })
  revoke(@CurrentOrganiser() organiser: OrganiserPrincipal, @UuidParam('tokenId') tokenId: string) {
    return this.tokens.revoke(organiser, tokenId);
  }
}
