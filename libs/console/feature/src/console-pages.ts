import type { Provider, Type } from '@nestjs/common';
import { HealthController } from './home/health.controller';
import { HomeController } from './home/home.controller';
import { SignInController } from './sign-in/sign-in.controller';
import { OidcController } from './sign-in/oidc/oidc.controller';
import { OidcSignIn } from './sign-in/oidc/oidc-sign-in';
import { FirstOrganiserController } from './sign-in/first-organiser.controller';
import { CommunitiesController } from './communities/communities.controller';
import { CommunityController } from './communities/community.controller';
import { ImportController } from './members/import.controller';
import { MembersController } from './members/members.controller';
import { OrganisersController } from './organisers/organisers.controller';
import { DeliveriesController } from './deliveries/deliveries.controller';
import { OccurrencesController } from './occurrences/occurrences.controller';
import { FormatsController } from './series/formats.controller';
import { SeriesController } from './series/series.controller';

/**
 * Every page of the console: a new page's controller (and any provider it needs) is added here, the
 * one place ConsoleModule reads.
 */
export const consolePages: { controllers: Type<unknown>[]; providers: Provider[] } = {
  controllers: [
    HealthController,
    HomeController,
    SignInController,
    OidcController,
    FirstOrganiserController,
    CommunitiesController,
    CommunityController,
    ImportController,
    MembersController,
    OrganisersController,
    // Series, an occurrence, deliveries (issue 11 items 3 to 5).
    SeriesController,
    FormatsController,
    OccurrencesController,
    DeliveriesController,
  ],
  providers: [OidcSignIn],
};
