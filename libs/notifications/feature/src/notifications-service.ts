import { QueueName } from '@cercle/contracts';
import type { ServiceDefinition } from '@cercle/platform';
import { CommunityChannel } from './entities/community-channel.entity';
import { Delivery } from './entities/delivery.entity';
import { Notification } from './entities/notification.entity';
import { MemberPreference } from './entities/member-preference.entity';
import { Recipient } from './entities/recipient.entity';
import { TemplateOverrideRow } from './entities/template-override.entity';
import { SeriesRef } from './entities/series-ref.entity';
import { SeriesIndexPost } from './entities/series-index-post.entity';
import { notificationsAccess } from './access/notifications-access';
import { notificationsMigrations } from './migrations';
import type { NotificationsConfig } from './notifications.config';

/** What notifications owns: its schema, its tables, and the queues it consumes (first two) and publishes to. */
export function notificationsService(config: NotificationsConfig): Omit<ServiceDefinition<NotificationsConfig>, 'logger'> {
  return {
    service: 'notifications',
    config,
    schema: 'notifications',
    entities: [Recipient, CommunityChannel, Notification, Delivery, MemberPreference, TemplateOverrideRow, SeriesRef, SeriesIndexPost],
    migrations: notificationsMigrations,
    queues: [QueueName.Notifications, QueueName.NotificationsDelivery, QueueName.Membership, QueueName.Events],
    access: notificationsAccess,
  };
}
