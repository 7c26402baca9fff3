import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query, UseInterceptors } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiZodBody, CurrentOrganiser, isUuid, OrganiserPrincipal, UseCaseError, UuidParam, ZodPipe } from '@cercle/platform';
import type { SeriesException } from '@cercle/events-domain';
import { DomainErrorsInterceptor } from '../http/domain-errors.interceptor';
import { OccurrenceReader } from '../occurrences/occurrence-reader';
import { SeriesEdits } from './series-edits.service';
import { SeriesPreviews } from './series-preview.service';
import {
  createSeriesBody,
  CreateSeriesBody,
  editSeriesBody,
  EditSeriesBody,
  previewSeriesBody,
  PreviewSeriesBody,
  seriesExceptionBody,
} from './series.schemas';
import { SeriesService } from './series.service';

@ApiTags('series')
@ApiBearerAuth()
@UseInterceptors(DomainErrorsInterceptor)
@Controller('series')
export class SeriesController {
  constructor(
    private readonly series: SeriesService,
    private readonly edits: SeriesEdits,
    private readonly reader: OccurrenceReader,
    private readonly previews: SeriesPreviews,
  ) {}

  @Post()
  @ApiOperation({ summary: 'Create a series, plan its first occurrence and fill the planning horizon (steps scheduled as delayed jobs)' })
  @ApiZodBody(createSeriesBody)
  async create(@CurrentOrganiser() organiser: OrganiserPrincipal, @Body(new ZodPipe(createSeriesBody)) body: CreateSeriesBody) {
    const { series, occurrenceId, notes } = await this.series.create(organiser.organiserId, body);
    return { series, notes, occurrence: await this.reader.view(occurrenceId) };
  }

  @Post('preview')
  @HttpCode(200)
  @ApiOperation({
    summary:
      "What creating this series would plan, nothing written: the next dates in local time (clock changes flagged), the first date's agenda and step times",
  })
  @ApiZodBody(previewSeriesBody)
  preview(@CurrentOrganiser() organiser: OrganiserPrincipal, @Body(new ZodPipe(previewSeriesBody)) body: PreviewSeriesBody) {
    return this.previews.preview(organiser.organiserId, body);
  }

  @Get()
  @ApiOperation({ summary: "A community's series, newest first, each with its next occurrence (?communityId= is required)" })
  list(@Query('communityId') communityId: string) {
    if (!isUuid(communityId)) throw new UseCaseError('invalid-id', 400, 'communityId: give the community as ?communityId=<uuid>');
    return this.series.list(communityId);
  }

  @Get(':seriesId')
  @ApiOperation({ summary: 'A series with its occurrences' })
  get(@UuidParam('seriesId') seriesId: string) {
    return this.series.get(seriesId);
  }

  @Patch(':seriesId')
  @ApiOperation({
    summary: 'Edit a series: applies to future occurrences not yet announced; the report lists what changed and what was left as told',
  })
  @ApiZodBody(editSeriesBody)
  edit(@UuidParam('seriesId') seriesId: string, @Body(new ZodPipe(editSeriesBody)) body: EditSeriesBody) {
    return this.edits.edit(seriesId, body);
  }

  @Get(':seriesId/occurrences')
  @ApiOperation({ summary: "The series' occurrences in time order, with local start times" })
  occurrences(@UuidParam('seriesId') seriesId: string) {
    return this.reader.list(seriesId);
  }

  @Get(':seriesId/exceptions')
  @ApiOperation({ summary: 'Skipped and moved dates' })
  exceptions(@UuidParam('seriesId') seriesId: string) {
    return this.edits.exceptions(seriesId);
  }

  @Post(':seriesId/exceptions')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Skip a date or move one occurrence ({type:"skip",date} | {type:"move",date,newLocalStart}); an announced occurrence is cancelled or rescheduled',
  })
  @ApiZodBody(seriesExceptionBody)
  addException(@UuidParam('seriesId') seriesId: string, @Body(new ZodPipe(seriesExceptionBody)) body: SeriesException) {
    return this.edits.addException(seriesId, body);
  }

  @Delete(':seriesId/exceptions/:date')
  @ApiOperation({
    summary:
      'Drop the exception of a date: the rule applies again to occurrences nobody was told about; a cancelled one stays cancelled, an announced one keeps its time',
  })
  removeException(@UuidParam('seriesId') seriesId: string, @Param('date') date: string) {
    return this.edits.removeException(seriesId, date);
  }
}
