import type { Provider, Type } from '@nestjs/common';
import { HealthController } from './home/health.controller';
import { HomeController } from './home/home.controller';
import { SignInController } from './sign-in/sign-in.controller';
import { CommunitiesController } from './communities/communities.controller';

/**
 * Every page of the console: a new page's controller (and any provider it needs) is added here, the
 * one place ConsoleModule reads.
 */
export const consolePages: { controllers: Type<unknown>[]; providers: Provider[] } = {
  controllers: [HealthController, HomeController, SignInController, CommunitiesController],
  providers: [],
};
