import { Module } from '@nestjs/common';
import { CLOCK, systemClock } from './clock';
import { DeliveryConsumer } from './deliveries/delivery.consumer';
import { DeliverySender } from './deliveries/delivery-sender';
import { DeliveriesController } from './http/deliveries.controller';
import { DeliveriesService } from './http/deliveries.service';
import { NotificationsController } from './http/notifications.controller';
import { NotificationsInbox } from './inbox/notifications.inbox';
import { senderProviders, SendersShutdown } from './senders';

@Module({
  controllers: [DeliveriesController, NotificationsController],
  providers: [
    { provide: CLOCK, useValue: systemClock },
    ...senderProviders,
    SendersShutdown,
    NotificationsInbox,
    DeliveryConsumer,
    DeliverySender,
    DeliveriesService,
  ],
})
export class NotificationsFeatureModule {}
