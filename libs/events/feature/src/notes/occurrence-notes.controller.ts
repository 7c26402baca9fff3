import { Body, Controller, HttpCode, Post, UseInterceptors } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiZodBody, UuidParam, ZodPipe } from '@cercle/platform';
import { DomainErrorsInterceptor } from '../http/domain-errors.interceptor';
import { OccurrenceReader } from '../occurrences/occurrence-reader';
import { noteBody, NoteBody } from './notes.schemas';
import { NotesService } from './notes.service';

/** An organiser stores a workshop's notes for a scribe (the scribe's own page is scribe-notes.controller.ts). */
@ApiTags('notes')
@ApiBearerAuth()
@UseInterceptors(DomainErrorsInterceptor)
@Controller('occurrences')
export class OccurrenceNotesController {
  constructor(
    private readonly notes: NotesService,
    private readonly reader: OccurrenceReader,
  ) {}

  @Post(':occurrenceId/notes')
  @HttpCode(200)
  @ApiOperation({ summary: "Store a workshop's notes (the same workshop again replaces them; refused after the notes deadline)" })
  @ApiZodBody(noteBody)
  async note(@UuidParam('occurrenceId') occurrenceId: string, @Body(new ZodPipe(noteBody)) body: NoteBody) {
    await this.notes.save(occurrenceId, body, { type: 'organiser' });
    return (await this.reader.view(occurrenceId)).notes;
  }
}
