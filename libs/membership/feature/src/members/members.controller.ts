import { Body, Controller, Patch } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiZodBody, UuidParam, ZodPipe } from '@cercle/platform';
import { MembersService } from './members.service';
import { updateMemberBody, UpdateMemberBody } from './members.schemas';

@ApiTags('communities')
@ApiBearerAuth()
@Controller('members')
export class MembersController {
  constructor(private readonly members: MembersService) {}

  @Patch(':memberId')
  @ApiOperation({ summary: 'Change a member: name, email, language, Mattermost username; `active: false` deactivates (no more messages)' })
  @ApiZodBody(updateMemberBody)
  update(@UuidParam('memberId') memberId: string, @Body(new ZodPipe(updateMemberBody)) body: UpdateMemberBody) {
    return this.members.update(memberId, body);
  }
}
