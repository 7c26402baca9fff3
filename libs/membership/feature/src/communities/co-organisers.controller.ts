import { Body, Controller, Delete, Get, Param, ParseUUIDPipe, Put } from '@nestjs/common';
import { z } from 'zod';
import { ApiZodBody, ZodPipe } from '@cercle/platform';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CoOrganisersService } from './co-organisers.service';

const roleBody = z.object({ role: z.enum(['owner', 'co-organiser']) }).strict();

@ApiTags('communities')
@ApiBearerAuth()
@Controller('communities/:communityId/organisers')
export class CoOrganisersController {
  constructor(private readonly coOrganisers: CoOrganisersService) {}

  @Get()
  @ApiOperation({ summary: 'The organisers of this community (owners and co-organisers), with their role' })
  list(@Param('communityId', ParseUUIDPipe) communityId: string) {
    return this.coOrganisers.list(communityId);
  }

  @Put(':organiserId')
  @ApiOperation({ summary: "Change an organiser's role in this community (owners only); the last owner cannot step down" })
  @ApiZodBody(roleBody)
  changeRole(
    @Param('communityId', ParseUUIDPipe) communityId: string,
    @Param('organiserId', ParseUUIDPipe) organiserId: string,
    @Body(new ZodPipe(roleBody)) body: z.infer<typeof roleBody>,
  ) {
    return this.coOrganisers.changeRole(communityId, organiserId, body.role);
  }

  @Delete(':organiserId')
  @ApiOperation({ summary: 'Remove an organiser from this community (owners only); the last owner cannot be removed' })
  remove(@Param('communityId', ParseUUIDPipe) communityId: string, @Param('organiserId', ParseUUIDPipe) organiserId: string) {
    return this.coOrganisers.remove(communityId, organiserId);
  }
}
