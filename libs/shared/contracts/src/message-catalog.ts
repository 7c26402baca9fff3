import { z } from 'zod';
import { QueueName } from './queues';
import {
  communityChanged,
  communityOrganiserChanged,
  memberChanged,
  organiserInvited,
  organiserTokenIssued,
  registrationLinkRequested,
  registrationRecorded,
  organiserSignInLinkRequested,
} from './messages/membership-messages';
import { lifecycleStepDue, occurrenceChanged, seriesChanged } from './messages/events-messages';
import { deliveryDue, notificationRequested } from './messages/notifications-messages';
import { organiserActionRecorded } from './messages/audit-messages';
import { memberErased, memberErasureDone, memberExportPart, memberExportRequested } from './messages/personal-data-messages';
import { deliveryLogRetentionDue } from './messages/retention-messages';

import type { ServiceName } from './public-routes';

/**
 * The one description of every message that crosses a queue: its name, version, payload schema, who
 * publishes it and which queues receive it. Reading this file tells you who talks to whom.
 * A message published to several queues is written once to the producer's outbox per queue.
 */
export const messageCatalog = {
  'organiser.token-issued': {
    version: 2,
    schema: organiserTokenIssued,
    producer: 'membership',
    queues: [QueueName.Events, QueueName.Notifications],
  },
  'community.organiser-changed': {
    version: 1,
    schema: communityOrganiserChanged,
    producer: 'membership',
    queues: [QueueName.Events, QueueName.Notifications],
  },
  'community.changed': {
    version: 1,
    schema: communityChanged,
    producer: 'membership',
    queues: [QueueName.Events, QueueName.Notifications],
  },
  'member.changed': {
    version: 1,
    schema: memberChanged,
    producer: 'membership',
    // Events keeps names for roles and rotation; notifications keeps addresses.
    queues: [QueueName.Events, QueueName.Notifications],
  },
  'registration.recorded': {
    version: 2,
    schema: registrationRecorded,
    producer: 'membership',
    queues: [QueueName.Events],
  },
  'organiser.invited': {
    version: 1,
    schema: organiserInvited,
    producer: 'membership',
    queues: [QueueName.Notifications],
  },
  'registration.link-requested': {
    version: 1,
    schema: registrationLinkRequested,
    producer: 'membership',
    queues: [QueueName.Notifications],
  },
  'occurrence.changed': {
    version: 2,
    schema: occurrenceChanged,
    producer: 'events',
    queues: [QueueName.Membership, QueueName.Notifications],
  },
  'series.changed': { version: 1, schema: seriesChanged, producer: 'events', queues: [QueueName.Notifications] },
  'lifecycle.step-due': { version: 1, schema: lifecycleStepDue, producer: 'events', queues: [QueueName.EventsLifecycle] },
  'notification.requested': {
    version: 2,
    schema: notificationRequested,
    producer: 'events',
    queues: [QueueName.Notifications],
  },
  'delivery.due': { version: 1, schema: deliveryDue, producer: 'notifications', queues: [QueueName.NotificationsDelivery] },
  // Personal data: membership asks, the services holding a part answer on membership's queue.
  'member.export-requested': {
    version: 1,
    schema: memberExportRequested,
    producer: 'membership',
    queues: [QueueName.Events, QueueName.Notifications],
  },
  'member.export-part': { version: 1, schema: memberExportPart, producer: ['events', 'notifications'], queues: [QueueName.Membership] },
  'member.erased': { version: 1, schema: memberErased, producer: 'membership', queues: [QueueName.Events, QueueName.Notifications] },
  'member.erasure-done': { version: 1, schema: memberErasureDone, producer: ['events', 'notifications'], queues: [QueueName.Membership] },
  // Added by a BullMQ job scheduler (not the outbox): the delivery log forgets addresses past retention.
  'delivery-log.retention-due': {
    version: 1,
    schema: deliveryLogRetentionDue,
    producer: 'notifications',
    queues: [QueueName.NotificationsDelivery],
  },
  // Every service serves organiser writes, and the platform's audit interceptor records them wherever
  // they happen, so its producer is the list of them.
  'organiser.action-recorded': {
    version: 1,
    schema: organiserActionRecorded,
    producer: ['events', 'membership', 'notifications'],
    queues: [QueueName.Membership],
  },
  // The organisers' console: sign-in by emailed link.
  'organiser.sign-in-link-requested': {
    version: 1,
    schema: organiserSignInLinkRequested,
    producer: 'membership',
    queues: [QueueName.Notifications],
  },
} as const satisfies Record<
  string,
  { version: number; schema: z.ZodType; producer: ServiceName | readonly ServiceName[]; queues: readonly QueueName[] }
>;

export type MessageName = keyof typeof messageCatalog;
export type PayloadOf<N extends MessageName> = z.infer<(typeof messageCatalog)[N]['schema']>;
/** `{ name: 'x'; payload: X } | …`: a handler's payload type follows from the message's name. */
export type MessageItem = { [N in MessageName]: { name: N; payload: PayloadOf<N> } }[MessageName];
export const messageNames = Object.keys(messageCatalog) as MessageName[];

export function isMessageName(name: string): name is MessageName {
  return Object.prototype.hasOwnProperty.call(messageCatalog, name);
}

/** The message names a queue receives: its consumer must handle exactly these. */
export function messagesForQueue(queue: QueueName): MessageName[] {
  return messageNames.filter((name) => (messageCatalog[name].queues as readonly QueueName[]).includes(queue));
}
