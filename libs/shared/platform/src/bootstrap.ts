import 'reflect-metadata';
import { INestApplication, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import type { ServiceConfig } from './config/service-config';
import { createLogger, PinoNestLogger } from './logging/logger';
import { migrateDatabase } from './persistence/migrate';
import { ormOptions } from './persistence/orm-options';
import type { ServiceDefinition } from './platform.module';
import { describeBackend, queueBackendFrom } from './messaging/queue-backend';
import { QueueDashboard } from './metrics/queue-dashboard';
import { METRICS } from './metrics/metrics-registry';
import { httpMetrics } from './metrics/http-metrics';

/**
 * Boots one service: migrations first (before any worker takes a job), then the Nest application with
 * structured logs, OpenAPI at /docs, and shutdown hooks so SIGTERM lets in-flight jobs finish.
 */
export async function startService<C extends ServiceConfig>(options: {
  definition: Omit<ServiceDefinition<C>, 'logger'>;
  module: Type<unknown>;
  port: number;
  title: string;
  description: string;
  /** Serves the operators' queue dashboard (/queues) behind this admin token. */
  queueDashboard?: { adminToken: string };
}): Promise<INestApplication> {
  const { definition } = options;
  const logger = createLogger(definition.service, definition.config.LOG_LEVEL);
  const applied = await migrateDatabase(
    ormOptions({
      clientUrl: definition.config.DATABASE_URL,
      schema: definition.schema,
      entities: definition.entities,
      migrations: definition.migrations,
    }),
  );
  if (applied.length) logger.info({ applied }, 'migrations applied');
  const app = await NestFactory.create<NestExpressApplication>(options.module, { logger: new PinoNestLogger(logger), bufferLogs: false });
  app.enableShutdownHooks();
  app.use(httpMetrics(app.get(METRICS)));
  if (options.queueDashboard) app.get(QueueDashboard).mount(app, options.queueDashboard.adminToken);
  app.useBodyParser('json', { limit: '2mb' });
  app.useBodyParser('urlencoded', { extended: false, limit: '1mb' });
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder().setTitle(options.title).setDescription(options.description).addBearerAuth().build(),
  );
  SwaggerModule.setup('docs', app, document);
  await app.listen(options.port, definition.config.HOST);
  logger.info(
    { url: await app.getUrl(), queues: describeBackend(queueBackendFrom(definition.config)) },
    `${definition.service} service listening`,
  );
  return app;
}
