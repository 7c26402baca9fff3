import type { PayloadOf } from '@cercle/contracts';
import type { Recipients } from '@cercle/events-domain';

type Audience = PayloadOf<'notification.requested'>['audience'];

/**
 * `recipientsOf`'s answer as a message's audience; null when it names nobody (the caller sends nothing).
 * Calendar holders are known to notifications only (it sent the invites): the reschedule and the
 * cancellation name that audience themselves, so it never reaches here.
 */
export function audienceOf(recipients: Recipients, communityId: string): Audience | null {
  switch (recipients.type) {
    case 'community':
      return { type: 'community', communityId };
    case 'members':
      return recipients.memberIds.length ? { type: 'members', memberIds: recipients.memberIds } : null;
    case 'calendarHolders':
      throw new Error('calendar holders are resolved by notifications: send the calendarHolders audience');
  }
}
