import { Body, Controller, Get, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiZodBody, CurrentOrganiser, OrganiserPrincipal, ZodPipe } from '@cercle/platform';
import { OrganisersService } from './organisers.service';
import { createOrganiserBody, CreateOrganiserBody, recoverOrganiserBody, RecoverOrganiserBody } from './organisers.schemas';

@ApiTags('organisers')
@ApiBearerAuth()
@Controller('organisers')
export class OrganisersController {
  constructor(private readonly organisers: OrganisersService) {}

  @Post()
  @ApiOperation({
    summary: 'Create an organiser (optionally with an email, unique) and its API token (needs the ADMIN_TOKEN); the token is shown once',
  })
  @ApiZodBody(createOrganiserBody)
  async create(@Body(new ZodPipe(createOrganiserBody)) body: CreateOrganiserBody) {
    // The AccessGuard has checked the ADMIN_TOKEN (the access table's `admin` rule).
    return this.organisers.create(body);
  }

  @Post('recovery')
  @ApiOperation({
    summary: 'A new API token for an existing organiser found by email, when they have none left (needs the ADMIN_TOKEN); shown once',
  })
  @ApiZodBody(recoverOrganiserBody)
  async recover(@Body(new ZodPipe(recoverOrganiserBody)) body: RecoverOrganiserBody) {
    return this.organisers.recover(body);
  }

  @Get('me')
  @ApiOperation({ summary: 'Who you are: your id, name, email, the token you call with and the communities you organise, with your role' })
  me(@CurrentOrganiser() organiser: OrganiserPrincipal) {
    return this.organisers.me(organiser);
  }
}
