import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiZodBody, ZodPipe } from '@cercle/platform';
import { ConsoleSignInsService } from './console-sign-ins.service';
import { consoleSignInBody, ConsoleSignInBody } from './sign-in.schemas';

/** The console's OpenID Connect sign-in, at membership (the access table's `console` rule: CONSOLE_SECRET only). */
@ApiTags('organisers')
@ApiBearerAuth()
@Controller('organisers/console-sign-ins')
export class ConsoleSignInsController {
  constructor(private readonly signIns: ConsoleSignInsService) {}

  @Post()
  @HttpCode(201)
  @ApiOperation({
    summary:
      'A new expiring API token for the organiser with this email, which the console verified through OpenID Connect (needs the CONSOLE_SECRET); 404 when no organiser has it',
  })
  @ApiZodBody(consoleSignInBody)
  signIn(@Body(new ZodPipe(consoleSignInBody)) body: ConsoleSignInBody) {
    return this.signIns.signIn(body);
  }
}
