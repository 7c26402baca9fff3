import { Body, Controller, Get, HttpCode, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { ApiZodBody, CurrentOrganiser, OrganiserPrincipal, UuidParam, ZodPipe } from '@cercle/platform';
import { CommunitiesService } from './communities.service';
import { addMembersBody, AddMembersBody, createCommunityBody, updateCommunityBody, UpdateCommunityBody } from './communities.schemas';

@ApiTags('communities')
@ApiBearerAuth()
@Controller('communities')
export class CommunitiesController {
  constructor(private readonly communities: CommunitiesService) {}

  @Get()
  @ApiOperation({ summary: 'The communities you organise, with your role in each' })
  list(@CurrentOrganiser() organiser: OrganiserPrincipal) {
    return this.communities.listOrganisedBy(organiser.organiserId);
  }

  @Post()
  @ApiOperation({ summary: 'Create a community (optionally with its Mattermost channel id); you become its owner' })
  @ApiZodBody(createCommunityBody)
  create(
    @CurrentOrganiser() organiser: OrganiserPrincipal,
    @Body(new ZodPipe(createCommunityBody)) body: z.infer<typeof createCommunityBody>,
  ) {
    return this.communities.create(organiser, body);
  }

  @Get(':communityId')
  get(@UuidParam('communityId') communityId: string) {
    return this.communities.get(communityId);
  }

  @Patch(':communityId')
  @ApiOperation({ summary: 'Rename a community, change its default language or its Mattermost channel (null: email only)' })
  @ApiZodBody(updateCommunityBody)
  update(@UuidParam('communityId') communityId: string, @Body(new ZodPipe(updateCommunityBody)) body: UpdateCommunityBody) {
    return this.communities.update(communityId, body);
  }

  @Get(':communityId/members')
  members(@UuidParam('communityId') communityId: string) {
    return this.communities.listMembers(communityId);
  }

  @Post(':communityId/members')
  @HttpCode(201)
  @ApiOperation({ summary: 'Add one or many members; all or none are added' })
  @ApiZodBody(addMembersBody)
  async addMembers(@UuidParam('communityId') communityId: string, @Body(new ZodPipe(addMembersBody)) body: AddMembersBody) {
    const members = await this.communities.addMembers(communityId, body);
    return { added: members.length, members };
  }
}
