import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Req, UseGuards, UseInterceptors } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiZodBody, OrganiserGuard, OrganiserPrincipal, ZodPipe } from '@cercle/platform';
import { DomainErrorsInterceptor } from '../http/domain-errors.interceptor';
import { OccurrenceReader } from '../occurrences/occurrence-reader';
import { createSeriesBody, CreateSeriesBody } from './series.schemas';
import { SeriesService } from './series.service';

@ApiTags('series')
@ApiBearerAuth()
@UseGuards(OrganiserGuard)
@UseInterceptors(DomainErrorsInterceptor)
@Controller('series')
export class SeriesController {
  constructor(
    private readonly series: SeriesService,
    private readonly reader: OccurrenceReader,
  ) {}

  @Post()
  @ApiOperation({ summary: 'Create a series and plan its first occurrence (steps scheduled as delayed jobs)' })
  @ApiZodBody(createSeriesBody)
  async create(@Req() request: { organiser: OrganiserPrincipal }, @Body(new ZodPipe(createSeriesBody)) body: CreateSeriesBody) {
    const { series, occurrenceId } = await this.series.create(request.organiser.organiserId, body);
    return { series, occurrence: await this.reader.view(occurrenceId) };
  }

  @Get(':seriesId')
  @ApiOperation({ summary: 'A series with its occurrences' })
  get(@Param('seriesId', ParseUUIDPipe) seriesId: string) {
    return this.series.get(seriesId);
  }
}
