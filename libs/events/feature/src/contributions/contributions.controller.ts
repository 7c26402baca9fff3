import { Body, Controller, Get, Put, UseInterceptors } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiZodBody, UuidParam, ZodPipe } from '@cercle/platform';
import { DomainErrorsInterceptor } from '../http/domain-errors.interceptor';
import { contributionBody, ContributionBody } from './contributions.schemas';
import { ContributionsService } from './contributions.service';

@ApiTags('contributions')
@ApiBearerAuth()
@UseInterceptors(DomainErrorsInterceptor)
@Controller('occurrences')
export class ContributionsController {
  constructor(private readonly contributions: ContributionsService) {}

  @Put(':occurrenceId/contributions/:memberId')
  @ApiOperation({ summary: "Record a contributor's kind, title, prep status and materials link (fields left out are kept)" })
  @ApiZodBody(contributionBody)
  async update(
    @UuidParam('occurrenceId') occurrenceId: string,
    @UuidParam('memberId') memberId: string,
    @Body(new ZodPipe(contributionBody)) body: ContributionBody,
  ) {
    await this.contributions.update(occurrenceId, memberId, body);
    const readiness = await this.contributions.readiness(occurrenceId);
    return readiness.contributions.find((c) => c.memberId === memberId);
  }

  @Get(':occurrenceId/readiness')
  @ApiOperation({ summary: "The guide's overview: each contributor, what is in and what is missing" })
  readiness(@UuidParam('occurrenceId') occurrenceId: string) {
    return this.contributions.readiness(occurrenceId);
  }
}
