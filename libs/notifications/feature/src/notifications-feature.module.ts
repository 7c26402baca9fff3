import { Module } from '@nestjs/common';
import { CalendarFeedsController } from './calendar/calendar-feeds.controller';
import { CalendarHoldersController } from './calendar/calendar-holders.controller';
import { CalendarFeeds } from './calendar/calendar-feeds.service';
import { DeliveryConsumer } from './deliveries/delivery.consumer';
import { DeliveryMetrics } from './deliveries/delivery-metrics';
import { DeliverySender } from './deliveries/delivery-sender';
import { EmailGroupSender } from './deliveries/email-group-sender';
import { DeliveriesController } from './http/deliveries.controller';
import { DeliveriesService } from './http/deliveries.service';
import { NotificationsController } from './http/notifications.controller';
import { NotificationsInbox } from './inbox/notifications.inbox';
import { InvitationMailer } from './invitations/invitation-mailer';
import { RegistrationLinkMailer } from './guests/registration-link-mailer';
import { LinkMailer } from './links/link-mailer';
import { ChannelCheckController } from './channels/channel-check.controller';
import { ChatChannelsController } from './channels/chat-channels.controller';
import { DeliveryLogRetention } from './personal-data/delivery-log-retention';
import { PreferencesPageController } from './preferences/preferences-page.controller';
import { PreferencesService } from './preferences/preferences.service';
import { senderProviders, SendersShutdown } from './senders';
import { TemplatesController } from './templates/templates.controller';
import { TemplatesService } from './templates/templates.service';
import { CLOCK, systemClock } from '@cercle/platform';

@Module({
  controllers: [
    DeliveriesController,
    NotificationsController,
    PreferencesPageController,
    TemplatesController,
    CalendarFeedsController,
    CalendarHoldersController,
    ChannelCheckController,
    ChatChannelsController,
  ],
  providers: [
    { provide: CLOCK, useValue: systemClock },
    ...senderProviders,
    SendersShutdown,
    NotificationsInbox,
    DeliveryConsumer,
    DeliveryMetrics,
    DeliveryLogRetention,
    DeliverySender,
    EmailGroupSender,
    DeliveriesService,
    PreferencesService,
    TemplatesService,
    InvitationMailer,
    CalendarFeeds,
    RegistrationLinkMailer,
    LinkMailer,
  ],
})
export class NotificationsFeatureModule {}
