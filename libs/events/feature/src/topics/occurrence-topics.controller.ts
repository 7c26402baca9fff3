import { Body, Controller, Get, Post, UseInterceptors } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { buildProgramme } from '@cercle/events-domain';
import { ApiZodBody, UuidParam, ZodPipe } from '@cercle/platform';
import { DomainErrorsInterceptor } from '../http/domain-errors.interceptor';
import { topicJson } from './topic-list';
import { proposeTopicBody, ProposeTopicBody } from './topics.schemas';
import { TopicsService } from './topics.service';
import { SeriesMemory } from '../memory/series-memory.service';

/** An occurrence's topics (ranked by votes) and its programme (selected topics by slot and room). */
@ApiTags('topics')
@ApiBearerAuth()
@UseInterceptors(DomainErrorsInterceptor)
@Controller('occurrences')
export class OccurrenceTopicsController {
  constructor(
    private readonly topics: TopicsService,
    private readonly memory: SeriesMemory,
  ) {}

  @Get(':occurrenceId/topics')
  @ApiOperation({ summary: 'Topics proposed for the occurrence, most votes first, with selection and placement' })
  async list(@UuidParam('occurrenceId') occurrenceId: string) {
    return (await this.topics.programmeInputs(occurrenceId)).topics.map(topicJson);
  }

  @Post(':occurrenceId/topics')
  @ApiOperation({
    summary: 'Add a topic for a member or a named guest (also on the day: addedOnTheDay); says which past sessions covered something close',
  })
  @ApiZodBody(proposeTopicBody)
  async propose(@UuidParam('occurrenceId') occurrenceId: string, @Body(new ZodPipe(proposeTopicBody)) body: ProposeTopicBody) {
    const topic = topicJson(await this.topics.propose(occurrenceId, body));
    return { ...topic, coveredBefore: await this.memory.closeTo(occurrenceId, body.title) };
  }

  @Get(':occurrenceId/programme')
  @ApiOperation({ summary: 'Selected topics by workshop slot and room, in local time; selected topics not placed yet apart' })
  async programme(@UuidParam('occurrenceId') occurrenceId: string) {
    const { occurrence, series, day, topics } = await this.topics.programmeInputs(occurrenceId);
    const programme = buildProgramme(day, topics.map(topicJson));
    return {
      occurrenceId: occurrence.id,
      timeZone: series.timeZone,
      startsAt: occurrence.startsAt,
      endsAt: occurrence.endsAt,
      ...programme,
    };
  }
}
