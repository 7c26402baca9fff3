import { randomUUID } from 'node:crypto';
import type { OccurrenceSnapshot, PayloadOf } from '@cercle/contracts';

type Request = PayloadOf<'notification.requested'>;
type Optional = 'roles' | 'nextRoles' | 'notes' | 'contributions' | 'registration' | 'deadline' | 'links';

/** What a caller says about a notification; everything it leaves out is "none". */
export type Notification = Omit<Request, 'notificationId' | 'occurrence' | Optional> & Partial<Pick<Request, Optional>>;

/**
 * The one place a `notification.requested` payload is built (steps, roles and rotation, registrations):
 * a fresh id, the occurrence as messages carry it, and "none" for every part the caller does not give.
 * Announcements carry each person's registration link unless the caller says otherwise.
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
    ...notification,
  };
}
