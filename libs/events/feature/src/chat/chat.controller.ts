import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiZodBody, ZodPipe } from '@cercle/platform';
import { ChatActionsService, type ActionReply } from './chat-actions.service';
import { ChatCommandService, type SlashCommandReply } from './chat-command.service';
import { actionCallbackBody, slashCommandForm, type ActionCallbackBody, type SlashCommandForm } from './chat.schemas';

/**
 * Mattermost's calls: the `/cercle` slash command (a form) and clicks on Cercle's buttons (JSON). The
 * command's token and the buttons' signed contexts are the check (401 and nothing recorded otherwise);
 * every answer is 200 with what the person sees, as Mattermost expects.
 */
@ApiTags('chat')
@Controller('chat')
export class ChatController {
  constructor(
    private readonly commands: ChatCommandService,
    private readonly actions: ChatActionsService,
  ) {}

  @Post('command')
  @HttpCode(200)
  @ApiOperation({ summary: 'The /cercle slash command (Mattermost form post, checked by the command token)' })
  @ApiZodBody(slashCommandForm)
  command(@Body(new ZodPipe(slashCommandForm)) form: SlashCommandForm): Promise<SlashCommandReply> {
    return this.commands.run(form);
  }

  @Post('actions')
  @HttpCode(200)
  @ApiOperation({ summary: "A click on one of Cercle's buttons (Mattermost message action, checked by the signed context)" })
  @ApiZodBody(actionCallbackBody)
  action(@Body(new ZodPipe(actionCallbackBody)) body: ActionCallbackBody): Promise<ActionReply> {
    return this.actions.click(body);
  }
}
