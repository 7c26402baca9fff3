import { Body, Controller, Get, Put, UseInterceptors } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiZodBody, UuidParam, ZodPipe } from '@cercle/platform';
import { DomainErrorsInterceptor } from '../http/domain-errors.interceptor';
import { rolesBody, RolesBody } from './roles.schemas';
import { RolesService } from './roles.service';

@ApiTags('roles')
@ApiBearerAuth()
@UseInterceptors(DomainErrorsInterceptor)
@Controller('occurrences')
export class RolesController {
  constructor(private readonly roles: RolesService) {}

  @Get(':occurrenceId/roles')
  @ApiOperation({ summary: 'Guide, contributors and participants (members who answered yes), with names' })
  view(@UuidParam('occurrenceId') occurrenceId: string) {
    return this.roles.view(occurrenceId);
  }

  @Put(':occurrenceId/roles')
  @ApiOperation({
    summary:
      'Name the guide and contributors: active members of the community, one role each, each named once (else 422). Tells the newly named, the removed and the team as it now stands',
  })
  @ApiZodBody(rolesBody)
  async set(@UuidParam('occurrenceId') occurrenceId: string, @Body(new ZodPipe(rolesBody)) body: RolesBody) {
    const messages = await this.roles.setRoles(occurrenceId, body);
    return { ...(await this.roles.view(occurrenceId)), messages };
  }
}
