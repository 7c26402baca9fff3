import { Body, Controller, Get, Put, UseInterceptors } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { ApiZodBody, UuidParam, ZodPipe } from '@cercle/platform';
import { DomainErrorsInterceptor } from '../http/domain-errors.interceptor';
import { ScribesService } from './scribes.service';

const scribeBody = z.object({ workshop: z.string().trim().min(1).max(200), memberId: z.string().uuid() });
type ScribeBody = z.infer<typeof scribeBody>;

@ApiTags('workshops')
@ApiBearerAuth()
@UseInterceptors(DomainErrorsInterceptor)
@Controller('occurrences')
export class ScribesController {
  constructor(private readonly scribes: ScribesService) {}

  @Put(':occurrenceId/scribes')
  @ApiOperation({
    summary: "Name a workshop's scribe (a selected topic's title; any name for a single-session format); replaces the previous one",
  })
  @ApiZodBody(scribeBody)
  assign(@UuidParam('occurrenceId') occurrenceId: string, @Body(new ZodPipe(scribeBody)) body: ScribeBody) {
    return this.scribes.assign(occurrenceId, body.workshop, body.memberId);
  }

  @Get(':occurrenceId/scribes')
  @ApiOperation({ summary: 'The scribes by workshop, with names and when their notes came in' })
  list(@UuidParam('occurrenceId') occurrenceId: string) {
    return this.scribes.list(occurrenceId);
  }
}
