import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { ApiZodBody, OrganiserGuard, ZodPipe } from '@cercle/platform';
import { CommunitiesService } from './communities.service';
import { addMembersBody, AddMembersBody, createCommunityBody } from './communities.schemas';

@ApiTags('communities')
@ApiBearerAuth()
@UseGuards(OrganiserGuard)
@Controller('communities')
export class CommunitiesController {
  constructor(private readonly communities: CommunitiesService) {}

  @Post()
  @ApiOperation({ summary: 'Create a community (optionally with its Mattermost channel id)' })
  @ApiZodBody(createCommunityBody)
  create(@Body(new ZodPipe(createCommunityBody)) body: z.infer<typeof createCommunityBody>) {
    return this.communities.create(body);
  }

  @Get(':communityId')
  get(@Param('communityId', ParseUUIDPipe) communityId: string) {
    return this.communities.get(communityId);
  }

  @Get(':communityId/members')
  members(@Param('communityId', ParseUUIDPipe) communityId: string) {
    return this.communities.listMembers(communityId);
  }

  @Post(':communityId/members')
  @HttpCode(201)
  @ApiOperation({ summary: 'Add one or many members; all or none are added' })
  @ApiZodBody(addMembersBody)
  async addMembers(@Param('communityId', ParseUUIDPipe) communityId: string, @Body(new ZodPipe(addMembersBody)) body: AddMembersBody) {
    const members = await this.communities.addMembers(communityId, body);
    return { added: members.length, members };
  }
}
