import { Body, Controller, Get, Post, UseInterceptors } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiZodBody, CurrentOrganiser, OrganiserPrincipal, ZodPipe } from '@cercle/platform';
import { organiserFormatInputSchema, OrganiserFormatInput } from '@cercle/events-domain';
import { DomainErrorsInterceptor } from '../http/domain-errors.interceptor';
import { OrganiserFormats } from './organiser-formats.service';

/** The formats a series can follow: the built-in ones for anyone, plus an organiser's own with their token. */
@ApiTags('formats')
@UseInterceptors(DomainErrorsInterceptor)
@Controller('formats')
export class FormatsController {
  constructor(private readonly formats: OrganiserFormats) {}

  @Get()
  @ApiOperation({ summary: "The built-in formats (open forum, peer-sharing group), plus the caller's own with an organiser token" })
  list(@CurrentOrganiser() organiser: OrganiserPrincipal | undefined) {
    return this.formats.list(organiser?.organiserId ?? null);
  }

  @Post()
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Define a format: names, default duration and a timed agenda (slots within the duration, no overlap)' })
  @ApiZodBody(organiserFormatInputSchema)
  create(@CurrentOrganiser() organiser: OrganiserPrincipal, @Body(new ZodPipe(organiserFormatInputSchema)) body: OrganiserFormatInput) {
    return this.formats.create(organiser.organiserId, body);
  }
}
