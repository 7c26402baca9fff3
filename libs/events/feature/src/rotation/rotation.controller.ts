import { Body, Controller, Get, HttpCode, Post, Put, Query, UseInterceptors } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiZodBody, UuidParam, ZodPipe } from '@cercle/platform';
import { DomainErrorsInterceptor } from '../http/domain-errors.interceptor';
import { OccurrenceReader } from '../occurrences/occurrence-reader';
import { OccurrencesService } from '../occurrences/occurrences.service';
import {
  nextRolesBody,
  NextRolesBody,
  proposalQuery,
  ProposalQuery,
  rotationPreferenceBody,
  RotationPreferenceBody,
} from './rotation.schemas';
import { RotationService } from './rotation.service';
import { SeriesMemory } from '../memory/series-memory.service';

@ApiTags('rotation')
@ApiBearerAuth()
@UseInterceptors(DomainErrorsInterceptor)
@Controller()
export class RotationController {
  constructor(
    private readonly rotation: RotationService,
    private readonly occurrences: OccurrencesService,
    private readonly reader: OccurrenceReader,
    private readonly memory: SeriesMemory,
  ) {}

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

  @Post('occurrences/:occurrenceId/next-roles')
  @HttpCode(200)
  @ApiOperation({
    summary: "Record the next session's theme, guide and contributors, or accept the rotation proposal (used by assignNextRoles)",
  })
  @ApiZodBody(nextRolesBody)
  async nextRoles(@UuidParam('occurrenceId') occurrenceId: string, @Body(new ZodPipe(nextRolesBody)) body: NextRolesBody) {
    await this.occurrences.recordNextRoles(occurrenceId, await this.rotation.resolveNextRoles(occurrenceId, body));
    const nextRoles = (await this.reader.view(occurrenceId)).nextRoles;
    // A theme close to one the series already covered: say when, with a link to those notes.
    return nextRoles && { ...nextRoles, themeCoveredBefore: await this.memory.closeTo(occurrenceId, nextRoles.theme) };
  }
}
