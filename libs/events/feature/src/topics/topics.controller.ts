import { Body, Controller, Delete, HttpCode, Post, Put, UseInterceptors } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiZodBody, UuidParam, ZodPipe } from '@cercle/platform';
import { DomainErrorsInterceptor } from '../http/domain-errors.interceptor';
import { topicJson } from './topic-list';
import { placementBody, PlacementBody, voteBody, VoteBody } from './topics.schemas';
import { TopicsService } from './topics.service';

/** Votes on a topic and its selection and placement (organisers, on behalf of members for votes). */
@ApiTags('topics')
@ApiBearerAuth()
@UseInterceptors(DomainErrorsInterceptor)
@Controller('topics')
export class TopicsController {
  constructor(private readonly topics: TopicsService) {}

  @Post(':topicId/votes')
  @HttpCode(200)
  @ApiOperation({ summary: "A member's vote for a topic (once per member: voting again changes nothing)" })
  @ApiZodBody(voteBody)
  vote(@UuidParam('topicId') topicId: string, @Body(new ZodPipe(voteBody)) body: VoteBody) {
    return this.topics.vote(topicId, body.memberId);
  }

  @Delete(':topicId/votes/:memberId')
  @ApiOperation({ summary: "Withdraw a member's vote" })
  withdraw(@UuidParam('topicId') topicId: string, @UuidParam('memberId') memberId: string) {
    return this.topics.withdrawVote(topicId, memberId);
  }

  @Delete(':topicId/votes')
  @ApiOperation({ summary: "Withdraw a member's vote (member in the body)" })
  @ApiZodBody(voteBody)
  withdrawByBody(@UuidParam('topicId') topicId: string, @Body(new ZodPipe(voteBody)) body: VoteBody) {
    return this.topics.withdrawVote(topicId, body.memberId);
  }

  @Put(':topicId/placement')
  @ApiOperation({
    summary:
      'Select a topic and place it in a room and a time slot (409 when the room is taken, 422 outside the day or the workshop slots)',
  })
  @ApiZodBody(placementBody)
  async place(@UuidParam('topicId') topicId: string, @Body(new ZodPipe(placementBody)) body: PlacementBody) {
    return topicJson(await this.topics.place(topicId, body));
  }
}
