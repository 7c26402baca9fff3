import { Body, Controller, Get, Put, Query, UseInterceptors } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiZodBody, UuidParam, ZodPipe } from '@cercle/platform';
import { DomainErrorsInterceptor } from '../http/domain-errors.interceptor';
import { proposalQuery, ProposalQuery, rotationPreferenceBody, RotationPreferenceBody } from './rotation.schemas';
import { RotationService } from './rotation.service';

@ApiTags('rotation')
@ApiBearerAuth()
@UseInterceptors(DomainErrorsInterceptor)
@Controller()
export class RotationController {
  constructor(private readonly rotation: RotationService) {}

  @Get('occurrences/:occurrenceId/rotation-proposal')
  @ApiOperation({ summary: 'Who should take the next roles: volunteers first, then least recently served; nobody who declined or is away' })
  proposal(@UuidParam('occurrenceId') occurrenceId: string, @Query(new ZodPipe(proposalQuery)) query: ProposalQuery) {
    return this.rotation.proposal(occurrenceId, query.contributors);
  }

  @Put('rotation/members/:memberId')
  @ApiOperation({ summary: "A member's volunteering and time away (last day away, inclusive)" })
  @ApiZodBody(rotationPreferenceBody)
  preference(@UuidParam('memberId') memberId: string, @Body(new ZodPipe(rotationPreferenceBody)) body: RotationPreferenceBody) {
    return this.rotation.setPreference(memberId, body);
  }
}
