import { Controller, Get, Header, Inject } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Registry } from 'prom-client';
import { METRICS } from './metrics-registry';

/**
 * Prometheus text format on each service's own port. The gateway routes no `/metrics`: figures about
 * queues and traffic are for the operator's network, not for the public URL.
 */
@ApiTags('operations')
@Controller('metrics')
export class MetricsController {
  constructor(@Inject(METRICS) private readonly registry: Registry) {}

  @Get()
  @ApiOperation({ summary: 'Prometheus metrics of this service (on its own port; the gateway does not route /metrics)' })
  @Header('Cache-Control', 'no-store')
  @Header('Content-Type', 'text/plain; version=0.0.4; charset=utf-8')
  async scrape(): Promise<string> {
    return this.registry.metrics();
  }
}
