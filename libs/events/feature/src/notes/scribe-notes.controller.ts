import { Body, Controller, HttpCode, Inject, Param, Post, UseInterceptors } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { ApiZodBody, SERVICE_CONFIG, ServiceConfig, ZodPipe } from '@cercle/platform';
import { InvalidLinkError, verifyLink } from '@cercle/signed-links';
import { CLOCK, Clock } from '../clock';
import { EventsError } from '../errors';
import { DomainErrorsInterceptor } from '../http/domain-errors.interceptor';
import { noteBody, NoteBody } from '../occurrences/occurrences.schemas';
import { OccurrencesService } from '../occurrences/occurrences.service';

/** A scribe's signed link (purpose "notes", subject = the occurrence): no account, no organiser token. */
@ApiTags('notes')
@UseInterceptors(DomainErrorsInterceptor)
@Controller('notes')
export class ScribeNotesController {
  constructor(
    private readonly occurrences: OccurrencesService,
    @Inject(SERVICE_CONFIG) private readonly config: ServiceConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Post(':token')
  @HttpCode(200)
  @ApiOperation({ summary: "Submit a workshop's notes through a scribe's signed link" })
  @ApiZodBody(noteBody)
  async submit(@Param('token') token: string, @Body(new ZodPipe(noteBody)) body: NoteBody) {
    let occurrenceId: string;
    try {
      occurrenceId = verifyLink(this.config.LINK_SECRET, token, 'notes', this.clock.now()).subjectId;
    } catch (error) {
      if (error instanceof InvalidLinkError) throw new EventsError(error.code, 403, error.message);
      throw error;
    }
    if (!z.string().uuid().safeParse(occurrenceId).success) throw new EventsError('link-invalid', 403, 'This link is not valid.');
    await this.occurrences.saveNote(occurrenceId, body);
    return { occurrenceId, workshop: body.workshop, saved: true };
  }
}
