import { Body, Controller, Headers, Inject, Post, UnauthorizedException } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { ApiZodBody, SERVICE_CONFIG, ZodPipe } from '@cercle/platform';
import type { MembershipConfig } from '../membership.config';
import { OrganisersService } from './organisers.service';

const createOrganiserBody = z.object({ name: z.string().trim().min(1).max(200) });

@ApiTags('organisers')
@ApiBearerAuth()
@Controller('organisers')
export class OrganisersController {
  constructor(
    private readonly organisers: OrganisersService,
    @Inject(SERVICE_CONFIG) private readonly config: MembershipConfig,
  ) {}

  @Post()
  @ApiOperation({ summary: 'Create an organiser and its API token (needs the ADMIN_TOKEN); the token is shown once' })
  @ApiZodBody(createOrganiserBody)
  async create(@Headers('authorization') authorization: string | undefined, @Body(new ZodPipe(createOrganiserBody)) body: z.infer<typeof createOrganiserBody>) {
    const given = Buffer.from(String(authorization ?? '').replace(/^Bearer\s+/i, ''));
    const expected = Buffer.from(this.config.ADMIN_TOKEN);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
      throw new UnauthorizedException('Creating an organiser needs the ADMIN_TOKEN (Authorization: Bearer <ADMIN_TOKEN>)');
    }
    return this.organisers.create(body.name);
  }
}
