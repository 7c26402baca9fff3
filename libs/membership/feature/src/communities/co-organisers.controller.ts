import { Body, Controller, Delete, Get, Put } from '@nestjs/common';
import { z } from 'zod';
import { ApiZodBody, UuidParam, ZodPipe } from '@cercle/platform';
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
  list(@UuidParam('communityId') communityId: string) {
    return this.coOrganisers.list(communityId);
  }

  @Put(':organiserId')
  @ApiOperation({ summary: "Change an organiser's role in this community (owners only); the last owner cannot step down" })
  @ApiZodBody(roleBody)
  changeRole(
    @UuidParam('communityId') communityId: string,
    @UuidParam('organiserId') organiserId: string,
    @Body(new ZodPipe(roleBody)) body: z.infer<typeof roleBody>,
  ) {
    return this.coOrganisers.changeRole(communityId, organiserId, body.role);
  }

  @Delete(':organiserId')
  @ApiOperation({ summary: 'Remove an organiser from this community (owners only); the last owner cannot be removed' })
  remove(@UuidParam('communityId') communityId: string, @UuidParam('organiserId') organiserId: string) {
    return this.coOrganisers.remove(communityId, organiserId);
  }
}
