import { Body, Controller, Get, Put, UseInterceptors } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiZodBody, UuidParam, ZodPipe } from '@cercle/platform';
import { DomainErrorsInterceptor } from '../http/domain-errors.interceptor';
import { healthChecksBody, type HealthChecksBody } from './health.schemas';
import { HealthSettingsService } from './health-settings.service';

@ApiTags('series')
@ApiBearerAuth()
@UseInterceptors(DomainErrorsInterceptor)
@Controller('series')
export class HealthChecksController {
  constructor(private readonly settings: HealthSettingsService) {}

  @Get(':seriesId/health-checks')
  @ApiOperation({ summary: "The series' health checks and thresholds (defaults filled in)" })
  get(@UuidParam('seriesId') seriesId: string) {
    return this.settings.get(seriesId);
  }

  @Put(':seriesId/health-checks')
  @ApiOperation({ summary: 'Choose health checks and thresholds; what is left out keeps its value' })
  @ApiZodBody(healthChecksBody)
  update(@UuidParam('seriesId') seriesId: string, @Body(new ZodPipe(healthChecksBody)) body: HealthChecksBody) {
    return this.settings.update(seriesId, body);
  }
}
