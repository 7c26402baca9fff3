import { Body, Controller, Get, Post, Req, UseGuards, UseInterceptors } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiZodBody, OrganiserGuard, OrganiserPrincipal, ZodPipe } from '@cercle/platform';
import { organiserFormatInputSchema, OrganiserFormatInput } from '@cercle/events-domain';
import { DomainErrorsInterceptor } from '../http/domain-errors.interceptor';
import { OptionalOrganiserGuard } from './optional-organiser.guard';
import { OrganiserFormats } from './organiser-formats.service';

/** The formats a series can follow: the built-in ones for anyone, plus an organiser's own with their token. */
@ApiTags('formats')
@UseInterceptors(DomainErrorsInterceptor)
@Controller('formats')
export class FormatsController {
  constructor(private readonly formats: OrganiserFormats) {}

  @Get()
  @UseGuards(OptionalOrganiserGuard)
  @ApiOperation({ summary: "The built-in formats (open forum, peer-sharing group), plus the caller's own with an organiser token" })
  list(@Req() request: { organiser?: OrganiserPrincipal }) {
    return this.formats.list(request.organiser?.organiserId ?? null);
  }

  @Post()
  @ApiBearerAuth()
  @UseGuards(OrganiserGuard)
  @ApiOperation({ summary: 'Define a format: names, default duration and a timed agenda (slots within the duration, no overlap)' })
  @ApiZodBody(organiserFormatInputSchema)
  create(@Req() request: { organiser: OrganiserPrincipal }, @Body(new ZodPipe(organiserFormatInputSchema)) body: OrganiserFormatInput) {
    return this.formats.create(request.organiser.organiserId, body);
  }
}
