import { Module } from '@nestjs/common';
import { CommunitiesController } from './communities/communities.controller';
import { CommunitiesService } from './communities/communities.service';
import { OrganisersController } from './organisers/organisers.controller';
import { OrganisersService } from './organisers/organisers.service';
import { RegistrationPageController } from './registrations/registration-page.controller';
import { RegistrationsService } from './registrations/registrations.service';
import { MembershipInbox } from './membership.inbox';
import { AuditController } from './audit/audit.controller';

@Module({
  controllers: [OrganisersController, CommunitiesController, RegistrationPageController, AuditController],
  providers: [OrganisersService, CommunitiesService, RegistrationsService, MembershipInbox],
})
export class MembershipFeatureModule {}
