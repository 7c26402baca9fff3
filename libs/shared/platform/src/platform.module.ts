import { DynamicModule, Global, Module, Provider } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR, APP_PIPE, DiscoveryModule } from '@nestjs/core';
import { BullModule } from '@nestjs/bullmq';
import { ThrottlerModule } from '@nestjs/throttler';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import type { MigrationObject, Options } from '@mikro-orm/core';
import { QueueName } from '@cercle/contracts';
import { SERVICE_CONFIG, ServiceConfig } from './config/service-config';
import { createLogger, LOGGER, Logger } from './logging/logger';
import { ormOptions } from './persistence/orm-options';
import { OutboxCommitSubscriber } from './messaging/outbox-signal';
import { bullConnectionOptions, queueBackendFrom } from './messaging/queue-backend';
import { Outbox } from './messaging/outbox';
import { OutboxRelay } from './messaging/outbox-relay';
import { HealthController } from './http/health.controller';
import { HEALTH_QUEUE } from './http/health-queue';
import { HttpErrorFilter } from './http/error-filter';
import { NoNulPipe } from './http/no-nul.pipe';
import { ACCESS_SERVICE, AccessGuard } from './access/access-guard';
import { ACCESS_RESOLVERS, AccessResolvers } from './access/access-resolvers';
import { AccessCoverage } from './access/access-coverage';
import { AuditInterceptor } from './audit/audit-interceptor';
import { RateLimitGuard } from './rate-limit/rate-limit.guard';
import { rateLimitOptions } from './rate-limit/rate-limits';
import { TrustProxy } from './rate-limit/trust-proxy';
import { createMetricsRegistry, METRICS } from './metrics/metrics-registry';
import { MetricsController } from './metrics/metrics.controller';
import { QueueMetrics } from './metrics/queue-metrics';
import { QueueDashboard } from './metrics/queue-dashboard';
import { SERVICE_QUEUES } from './metrics/service-queues';

export interface ServiceDefinition<C extends ServiceConfig> {
  service: 'events' | 'membership' | 'notifications';
  config: C;
  /** The PostgreSQL schema this service owns. */
  schema: string;
  entities: NonNullable<Options['entities']>;
  migrations: MigrationObject[];
  /** The queues this service consumes or publishes to (the first is the one /health checks). */
  queues: QueueName[];
  /** How this service traces each kind of resource its organiser routes act on to a community. */
  access: AccessResolvers;
  logger?: Logger;
}

/**
 * Everything a service stands on: config, logging, its schema, queues, the outbox and its relay, rate
 * limits, access, the audit of organiser writes, health and metrics.
 */
@Global()
@Module({})
export class PlatformModule {
  static forService<C extends ServiceConfig>(definition: ServiceDefinition<C>): DynamicModule {
    const logger = definition.logger ?? createLogger(definition.service, definition.config.LOG_LEVEL);
    const bull = bullConnectionOptions(queueBackendFrom(definition.config));
    const providers: Provider[] = [
      { provide: SERVICE_CONFIG, useValue: definition.config },
      { provide: LOGGER, useValue: logger },
      { provide: HEALTH_QUEUE, useValue: definition.queues[0] },
      { provide: SERVICE_QUEUES, useValue: definition.queues },
      { provide: METRICS, useValue: createMetricsRegistry(definition.service) },
      QueueMetrics,
      QueueDashboard,
      { provide: APP_FILTER, useValue: new HttpErrorFilter(logger) },
      { provide: ACCESS_SERVICE, useValue: definition.service },
      { provide: ACCESS_RESOLVERS, useValue: definition.access },
      // Global guards run in this order: rate limits first, so guessed tokens are counted before any lookup.
      { provide: APP_GUARD, useClass: RateLimitGuard },
      { provide: APP_GUARD, useClass: AccessGuard },
      { provide: APP_INTERCEPTOR, useClass: AuditInterceptor },
      { provide: APP_PIPE, useClass: NoNulPipe },
      AccessCoverage,
      TrustProxy,
      Outbox,
      OutboxRelay,
    ];
    return {
      module: PlatformModule,
      imports: [
        DiscoveryModule,
        MikroOrmModule.forRoot({
          ...ormOptions({
            clientUrl: definition.config.DATABASE_URL,
            schema: definition.schema,
            entities: definition.entities,
            migrations: definition.migrations,
          }),
          subscribers: [new OutboxCommitSubscriber()],
          registerRequestContext: true,
        }),
        ThrottlerModule.forRoot(rateLimitOptions(definition.service, definition.config)),
        BullModule.forRoot(bull),
        BullModule.registerQueue(...definition.queues.map((name) => ({ name }))),
      ],
      controllers: [HealthController, MetricsController],
      providers,
      exports: [SERVICE_CONFIG, LOGGER, METRICS, Outbox, OutboxRelay, BullModule],
    };
  }
}
