import { Controller, Get, Query, UseInterceptors } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { ZodPipe } from '@cercle/platform';
import { DomainErrorsInterceptor } from '../http/domain-errors.interceptor';
import { NotesSearch, notesSearchQuery, NotesSearchQuery } from './notes-search';

/** The notes a community has kept, listed and searched by organisers. */
@ApiTags('notes')
@ApiBearerAuth()
@UseInterceptors(DomainErrorsInterceptor)
@Controller('notes')
export class NotesArchiveController {
  constructor(private readonly notes: NotesSearch) {}

  @Get()
  @ApiOperation({ summary: "A community's notes, full-text searched (French, accents ignored) and ranked; paginated" })
  @ApiQuery({ name: 'communityId', required: true })
  @ApiQuery({ name: 'q', required: false, description: 'words, "a phrase", or, -excluded' })
  @ApiQuery({ name: 'page', required: false })
  @ApiQuery({ name: 'pageSize', required: false })
  search(@Query(new ZodPipe(notesSearchQuery)) query: NotesSearchQuery) {
    return this.notes.search(query);
  }
}
