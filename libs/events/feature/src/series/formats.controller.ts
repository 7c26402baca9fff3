import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { builtInFormats } from '@cercle/events-domain';

/** Public: the built-in formats a series can follow (roles, contribution kinds, agenda template). */
@ApiTags('formats')
@Controller('formats')
export class FormatsController {
  @Get()
  @ApiOperation({ summary: 'The built-in formats (open forum, peer-sharing group)' })
  list() {
    return builtInFormats;
  }
}
