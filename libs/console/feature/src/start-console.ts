import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { createLogger, migrateDatabase, ormOptions, PinoNestLogger } from '@cercle/platform';
import type { ConsoleConfig } from './console.config';
import { consoleDatabase } from './console-database';
import { ConsoleModule } from './console.module';
import { parseMultipartForms, serveStaticAssets } from './http/static-assets';

/** Boots the console: its migrations, then the pages on CONSOLE_PORT (PORT), behind the gateway's /console. */
export async function startConsole(config: ConsoleConfig, options: { port?: number } = {}): Promise<NestExpressApplication> {
  const logger = createLogger('console', config.LOG_LEVEL);
  const applied = await migrateDatabase(ormOptions(consoleDatabase(config)));
  if (applied.length) logger.info({ applied }, 'migrations applied');
  const app = await NestFactory.create<NestExpressApplication>(ConsoleModule.forRoot(config, logger), {
    logger: new PinoNestLogger(logger),
    bodyParser: false,
  });
  app.enableShutdownHooks();
  app.disable('x-powered-by');
  serveStaticAssets(app);
  app.useBodyParser('urlencoded', { extended: false, limit: '6mb' });
  parseMultipartForms(app);
  await app.listen(options.port ?? config.PORT, config.HOST);
  logger.info({ url: await app.getUrl() }, 'console listening');
  return app;
}
