import { Body, Controller, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { ApiZodBody, ZodPipe } from '@cercle/platform';
import { OrganisersService } from './organisers.service';

const createOrganiserBody = z.object({ name: z.string().trim().min(1).max(200) });

@ApiTags('organisers')
@ApiBearerAuth()
@Controller('organisers')
export class OrganisersController {
  constructor(private readonly organisers: OrganisersService) {}

  @Post()
  @ApiOperation({ summary: 'Create an organiser and its API token (needs the ADMIN_TOKEN); the token is shown once' })
  @ApiZodBody(createOrganiserBody)
  async create(@Body(new ZodPipe(createOrganiserBody)) body: z.infer<typeof createOrganiserBody>) {
    // The AccessGuard has checked the ADMIN_TOKEN (the access table's `admin` rule).
    return this.organisers.create(body.name);
  }
}
