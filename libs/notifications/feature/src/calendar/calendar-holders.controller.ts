import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { EntityManager } from '@mikro-orm/postgresql';
import { UuidParam } from '@cercle/platform';
import { calendarHolderIds } from './calendar-state';

/**
 * Who holds an occurrence in their calendar now: a move or a cancellation is sent to them, so the console
 * counts them before an organiser confirms one. Only notifications knows them (it sent the REQUESTs).
 */
@ApiTags('notifications')
@ApiBearerAuth()
@Controller('notifications/occurrences/:occurrenceId/calendar-holders')
export class CalendarHoldersController {
  constructor(private readonly em: EntityManager) {}

  @Get()
  @ApiOperation({ summary: 'The members who hold an occurrence in their calendar (sent a REQUEST, not cancelled for them since)' })
  async list(@UuidParam('occurrenceId') occurrenceId: string): Promise<{ occurrenceId: string; memberIds: string[] }> {
    const em = this.em.fork();
    const schema = em.config.get('schema') as string;
    const execute = <T>(sql: string, params: unknown[]) => em.getConnection().execute(sql, params) as Promise<T[]>;
    return { occurrenceId, memberIds: await calendarHolderIds(execute, schema, occurrenceId) };
  }
}
