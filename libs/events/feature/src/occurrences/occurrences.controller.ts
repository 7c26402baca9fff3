import { Body, Controller, Get, HttpCode, Post, Query, UseInterceptors } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiZodBody, UseCaseError, UuidParam, ZodPipe } from '@cercle/platform';
import { ChangeAudience, ChangeKind } from './change-audience.service';
import { DomainErrorsInterceptor } from '../http/domain-errors.interceptor';
import { LifecycleService } from '../lifecycle/lifecycle.service';
import { OccurrenceReader } from './occurrence-reader';
import { OccurrenceChanges } from './occurrence-changes.service';
import { cancelBody, CancelBody, rescheduleBody, RescheduleBody } from './occurrences.schemas';

@ApiTags('occurrences')
@ApiBearerAuth()
@UseInterceptors(DomainErrorsInterceptor)
@Controller('occurrences')
export class OccurrencesController {
  constructor(
    private readonly reader: OccurrenceReader,
    private readonly lifecycle: LifecycleService,
    private readonly changes: OccurrenceChanges,
    private readonly audience: ChangeAudience,
  ) {}

  @Get(':occurrenceId')
  @ApiOperation({ summary: 'The occurrence: agenda in local time, roles, answers, topics, notes, next roles and timeline' })
  view(@UuidParam('occurrenceId') occurrenceId: string) {
    return this.reader.view(occurrenceId);
  }

  @Get(':occurrenceId/change-audience')
  @ApiOperation({ summary: 'Who would be told if the occurrence were rescheduled or cancelled now (?kind=reschedule|cancellation)' })
  changeAudience(@UuidParam('occurrenceId') occurrenceId: string, @Query('kind') kind: string) {
    if (kind !== 'reschedule' && kind !== 'cancellation')
      throw new UseCaseError('invalid-kind', 400, 'kind: give reschedule or cancellation');
    return this.audience.preview(occurrenceId, kind as ChangeKind);
  }

  @Post(':occurrenceId/advance')
  @HttpCode(200)
  @ApiOperation({ summary: 'Run the next pending step now (409 when none is pending or the occurrence is cancelled)' })
  async advance(@UuidParam('occurrenceId') occurrenceId: string) {
    const ran = await this.lifecycle.advance(occurrenceId);
    const { timeline } = await this.reader.view(occurrenceId);
    return { ran, timeline };
  }

  @Post(':occurrenceId/reschedule')
  @HttpCode(200)
  @ApiOperation({ summary: 'Move the occurrence (pending steps move with it; registrants get a calendar update once it is announced)' })
  @ApiZodBody(rescheduleBody)
  async reschedule(@UuidParam('occurrenceId') occurrenceId: string, @Body(new ZodPipe(rescheduleBody)) body: RescheduleBody) {
    const { told, warnings } = await this.changes.reschedule(occurrenceId, body);
    return { told, warnings, occurrence: await this.reader.view(occurrenceId) };
  }

  @Post(':occurrenceId/cancel')
  @HttpCode(200)
  @ApiOperation({ summary: 'Cancel the occurrence (pending steps stop; registrants get a calendar cancellation once it is announced)' })
  @ApiZodBody(cancelBody)
  async cancel(@UuidParam('occurrenceId') occurrenceId: string, @Body(new ZodPipe(cancelBody)) body: CancelBody) {
    const { told } = await this.changes.cancel(occurrenceId, body.reason);
    return { told, occurrence: await this.reader.view(occurrenceId) };
  }
}
