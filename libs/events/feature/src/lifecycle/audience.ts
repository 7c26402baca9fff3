import type { PayloadOf } from '@cercle/contracts';
import type { Recipients } from '@cercle/events-domain';

type Audience = PayloadOf<'notification.requested'>['audience'];

/**
 * `recipientsOf`'s answer as a message's audience; null when it names nobody (the caller sends nothing).
 * Calendar holders are known to notifications only (it sent the invites), so they travel as an audience
 * of their own, with the people events names beside them; so do the community's organisers.
 */
export function audienceOf(recipients: Recipients, communityId: string, occurrenceId?: string): Audience | null {
  switch (recipients.type) {
    case 'community':
      return { type: 'community', communityId };
    case 'members':
      return recipients.memberIds.length ? { type: 'members', memberIds: recipients.memberIds } : null;
    case 'calendarHolders':
      if (!occurrenceId) throw new Error('a calendarHolders audience needs the occurrence id');
      return { type: 'calendarHolders', occurrenceId, alsoMemberIds: recipients.alsoMemberIds };
    case 'organisers':
      // Never nobody: a community always has an owner.
      return { type: 'organisers', communityId, alsoMemberIds: recipients.alsoMemberIds };
  }
}
