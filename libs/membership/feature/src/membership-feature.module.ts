import { Module } from '@nestjs/common';
import { CommunitiesController } from './communities/communities.controller';
import { CommunitiesService } from './communities/communities.service';
import { OrganisersController } from './organisers/organisers.controller';
import { OrganisersService } from './organisers/organisers.service';
import { RegistrationPageController } from './registrations/registration-page.controller';
import { RegistrationsService } from './registrations/registrations.service';
import { MembershipInbox } from './membership.inbox';
import { PersonalDataController } from './personal-data/personal-data.controller';
import { MemberExportService } from './personal-data/member-export.service';
import { MemberErasureService } from './personal-data/member-erasure.service';

@Module({
  controllers: [OrganisersController, CommunitiesController, RegistrationPageController, PersonalDataController],
  providers: [OrganisersService, CommunitiesService, RegistrationsService, MembershipInbox, MemberExportService, MemberErasureService],
})
export class MembershipFeatureModule {}
