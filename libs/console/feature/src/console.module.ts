import { Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { CLOCK, createLogger, LOGGER, ormOptions, systemClock, type Logger } from '@cercle/platform';
import { CONSOLE_CONFIG, type ConsoleConfig } from './console.config';
import { consoleDatabase } from './console-database';
import { ConsoleErrorFilter } from './http/console-error.filter';
import { ConsoleKeys } from './session/console-keys';
import { PageGuard } from './session/page.guard';
import { Sessions } from './session/sessions';
import { consolePages } from './console-pages';

/**
 * The console: pages (controllers listed in console-pages.ts), sessions in its own schema, and nothing
 * of the services' data (it reads and writes through their APIs).
 */
@Module({})
export class ConsoleModule {
  static forRoot(config: ConsoleConfig, logger: Logger = createLogger('console', config.LOG_LEVEL)) {
    return {
      module: ConsoleModule,
      imports: [MikroOrmModule.forRoot({ ...ormOptions(consoleDatabase(config)), registerRequestContext: false })],
      controllers: consolePages.controllers,
      providers: [
        { provide: CONSOLE_CONFIG, useValue: config },
        { provide: LOGGER, useValue: logger },
        { provide: CLOCK, useValue: systemClock },
        { provide: ConsoleKeys, useValue: new ConsoleKeys(config.LINK_SECRET) },
        Sessions,
        { provide: APP_GUARD, useClass: PageGuard },
        { provide: APP_FILTER, useClass: ConsoleErrorFilter },
        ...consolePages.providers,
      ],
    };
  }
}
