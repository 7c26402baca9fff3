import { randomUUID } from 'node:crypto';
import { audienceRule, type OccurrenceSnapshot, type PayloadOf } from '@cercle/contracts';

type Request = PayloadOf<'notification.requested'>;
type Optional = 'roles' | 'nextRoles' | 'notes' | 'contributions' | 'registration' | 'deadline' | 'links';
type Channels = 'emails' | 'channelPost' | 'directMessages';

/** What a caller says about a notification; channels come from the audience table, everything else left out is "none". */
export type Notification = Omit<Request, 'notificationId' | 'occurrence' | Optional | Channels> &
  Partial<Pick<Request, Optional | Channels>>;

/**
 * A kind's channels as the audience table gives them. The community's channel is posted in only for a
 * message to the whole community (or everyone holding the invite): a message to a few named people,
 * such as a newcomer's own announcement, is not posted there again.
 */
export function channelsFor(kind: Request['kind'], audience: Request['audience']): Pick<Request, Channels> {
  const { channels } = audienceRule(kind);
  return {
    emails: channels.email,
    directMessages: channels.directMessage,
    channelPost: channels.channelPost && audience.type !== 'members',
  };
}

/**
 * The one place a `notification.requested` payload is built (steps, roles and rotation, registrations):
 * a fresh id, the occurrence as messages carry it, the kind's channels, and "none" for every part the
 * caller does not give. Announcements carry each person's registration link unless the caller says otherwise.
 */
export function notificationRequest(occurrence: OccurrenceSnapshot, notification: Notification): Request {
  return {
    notificationId: randomUUID(),
    occurrence,
    roles: null,
    nextRoles: null,
    notes: null,
    contributions: null,
    registration: null,
    deadline: null,
    links: { register: notification.kind === 'announcement', notes: false, roleResponse: false, contribution: false },
    ...channelsFor(notification.kind, notification.audience),
    ...notification,
  };
}
