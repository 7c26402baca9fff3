import { Controller, Delete, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CoOrganisersService } from './co-organisers.service';

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

  @Delete(':organiserId')
  @ApiOperation({ summary: 'Remove an organiser from this community (owners only); the last owner cannot be removed' })
  remove(@Param('communityId', ParseUUIDPipe) communityId: string, @Param('organiserId', ParseUUIDPipe) organiserId: string) {
    return this.coOrganisers.remove(communityId, organiserId);
  }
}
