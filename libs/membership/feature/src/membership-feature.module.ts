import { Module } from '@nestjs/common';
import { CLOCK, systemClock } from '@cercle/platform';
import { CommunitiesController } from './communities/communities.controller';
import { CommunitiesService } from './communities/communities.service';
import { CoOrganisersController } from './communities/co-organisers.controller';
import { CoOrganisersService } from './communities/co-organisers.service';
import { OrganisersController } from './organisers/organisers.controller';
import { OrganisersService } from './organisers/organisers.service';
import { OrganiserTokensController } from './organisers/organiser-tokens.controller';
import { OrganiserTokensService } from './organisers/organiser-tokens.service';
import { RegistrationPageController } from './registrations/registration-page.controller';
import { RegistrationsService } from './registrations/registrations.service';
import { JoinPageController } from './guests/join-page.controller';
import { JoinRequestsService } from './guests/join-requests.service';
import { JoinConfirmationService } from './guests/join-confirmation.service';
import { MembershipInbox } from './membership.inbox';
import { InvitationAcceptanceService } from './invitations/invitation-acceptance.service';
import { InvitationPageController } from './invitations/invitation-page.controller';
import { InvitationsController } from './invitations/invitations.controller';
import { InvitationsService } from './invitations/invitations.service';
import { AuditController } from './audit/audit.controller';
import { PersonalDataController } from './personal-data/personal-data.controller';
import { MemberExportService } from './personal-data/member-export.service';
import { MemberErasureService } from './personal-data/member-erasure.service';
import { SignInLinksController } from './sign-in/sign-in-links.controller';
import { MembersController } from './members/members.controller';
import { MembersService } from './members/members.service';
import { SignInLinksService } from './sign-in/sign-in-links.service';
import { ConsoleSignInsController } from './sign-in/console-sign-ins.controller';
import { ConsoleSignInsService } from './sign-in/console-sign-ins.service';

@Module({
  controllers: [
    OrganisersController,
    OrganiserTokensController,
    CommunitiesController,
    CoOrganisersController,
    RegistrationPageController,
    JoinPageController,
    InvitationsController,
    InvitationPageController,
    AuditController,
    PersonalDataController,
    SignInLinksController,
    ConsoleSignInsController,
    MembersController,
  ],
  providers: [
    { provide: CLOCK, useValue: systemClock },
    OrganisersService,
    OrganiserTokensService,
    CommunitiesService,
    CoOrganisersService,
    RegistrationsService,
    JoinRequestsService,
    JoinConfirmationService,
    MembershipInbox,
    InvitationsService,
    InvitationAcceptanceService,
    MemberExportService,
    MemberErasureService,
    SignInLinksService,
    ConsoleSignInsService,
    MembersService,
  ],
})
export class MembershipFeatureModule {}
