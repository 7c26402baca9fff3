import { Body, Controller, Get, HttpCode, Post, UseInterceptors } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiZodBody, UuidParam, ZodPipe } from '@cercle/platform';
import { DomainErrorsInterceptor } from '../http/domain-errors.interceptor';
import { LifecycleService } from '../lifecycle/lifecycle.service';
import { NotesService } from '../notes/notes.service';
import { RotationService } from '../rotation/rotation.service';
import { OccurrenceReader } from './occurrence-reader';
import { OccurrenceChanges } from './occurrence-changes.service';
import { cancelBody, CancelBody, nextRolesBody, NextRolesBody, noteBody, NoteBody, rescheduleBody, RescheduleBody } from './occurrences.schemas';
import { OccurrencesService } from './occurrences.service';

@ApiTags('occurrences')
@ApiBearerAuth()
@UseInterceptors(DomainErrorsInterceptor)
@Controller('occurrences')
export class OccurrencesController {
  constructor(
    private readonly reader: OccurrenceReader,
    private readonly occurrences: OccurrencesService,
    private readonly lifecycle: LifecycleService,
    private readonly notes: NotesService,
    private readonly rotation: RotationService,
    private readonly changes: OccurrenceChanges,
  ) {}

  @Get(':occurrenceId')
  @ApiOperation({ summary: 'The occurrence: agenda in local time, roles, answers, topics, notes, next roles and timeline' })
  view(@UuidParam('occurrenceId') occurrenceId: string) {
    return this.reader.view(occurrenceId);
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
    const { told } = await this.changes.reschedule(occurrenceId, body);
    return { told, occurrence: await this.reader.view(occurrenceId) };
  }

  @Post(':occurrenceId/cancel')
  @HttpCode(200)
  @ApiOperation({ summary: 'Cancel the occurrence (pending steps stop; registrants get a calendar cancellation once it is announced)' })
  @ApiZodBody(cancelBody)
  async cancel(@UuidParam('occurrenceId') occurrenceId: string, @Body(new ZodPipe(cancelBody)) body: CancelBody) {
    const { told } = await this.changes.cancel(occurrenceId, body.reason);
    return { told, occurrence: await this.reader.view(occurrenceId) };
  }

  @Post(':occurrenceId/next-roles')
  @HttpCode(200)
  @ApiOperation({ summary: "Record the next session's theme, guide and contributors, or accept the rotation proposal (used by assignNextRoles)" })
  @ApiZodBody(nextRolesBody)
  async nextRoles(@UuidParam('occurrenceId') occurrenceId: string, @Body(new ZodPipe(nextRolesBody)) body: NextRolesBody) {
    await this.occurrences.recordNextRoles(occurrenceId, await this.rotation.resolveNextRoles(occurrenceId, body));
    return (await this.reader.view(occurrenceId)).nextRoles;
  }

  @Post(':occurrenceId/notes')
  @HttpCode(200)
  @ApiOperation({ summary: "Store a workshop's notes (the same workshop again replaces them; refused after the notes deadline)" })
  @ApiZodBody(noteBody)
  async note(@UuidParam('occurrenceId') occurrenceId: string, @Body(new ZodPipe(noteBody)) body: NoteBody) {
    await this.notes.save(occurrenceId, body, { type: 'organiser' });
    return (await this.reader.view(occurrenceId)).notes;
  }
}
