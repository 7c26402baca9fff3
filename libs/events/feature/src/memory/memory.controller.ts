import { Controller, Get, Query, UseInterceptors } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { UuidParam, ZodPipe } from '@cercle/platform';
import { DomainErrorsInterceptor } from '../http/domain-errors.interceptor';
import { SeriesMemory } from './series-memory.service';

const memoryQuery = z.object({ q: z.string().trim().max(200).default('') }).strict();

@ApiTags('series')
@ApiBearerAuth()
@UseInterceptors(DomainErrorsInterceptor)
@Controller('series')
export class MemoryController {
  constructor(private readonly memory: SeriesMemory) {}

  @Get(':seriesId/memory')
  @ApiOperation({
    summary: "The series' past occurrences: theme, guide, contributors, topics, notes; ?q= searches them (French full text)",
  })
  get(@UuidParam('seriesId') seriesId: string, @Query(new ZodPipe(memoryQuery)) query: z.infer<typeof memoryQuery>) {
    return this.memory.of(seriesId, query.q);
  }
}
