import { Module } from '@nestjs/common';
import { CLOCK, systemClock } from './clock';
import { DeliveryConsumer } from './deliveries/delivery.consumer';
import { DeliverySender } from './deliveries/delivery-sender';
import { DeliveriesController } from './http/deliveries.controller';
import { DeliveriesService } from './http/deliveries.service';
import { NotificationsController } from './http/notifications.controller';
import { NotificationsInbox } from './inbox/notifications.inbox';
import { InvitationMailer } from './invitations/invitation-mailer';
import { RegistrationLinkMailer } from './guests/registration-link-mailer';
import { DeliveryLogRetention } from './personal-data/delivery-log-retention';
import { PreferencesPageController } from './preferences/preferences-page.controller';
import { PreferencesService } from './preferences/preferences.service';
import { senderProviders, SendersShutdown } from './senders';
import { TemplatesController } from './templates/templates.controller';
import { TemplatesService } from './templates/templates.service';

@Module({
  controllers: [DeliveriesController, NotificationsController, PreferencesPageController, TemplatesController],
  providers: [
    { provide: CLOCK, useValue: systemClock },
    ...senderProviders,
    SendersShutdown,
    NotificationsInbox,
    DeliveryConsumer,
    DeliveryLogRetention,
    DeliverySender,
    DeliveriesService,
    PreferencesService,
    TemplatesService,
    InvitationMailer,
    RegistrationLinkMailer,
  ],
})
export class NotificationsFeatureModule {}
