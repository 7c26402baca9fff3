import type { EntityManager } from '@mikro-orm/postgresql';
import type { NotificationKind, PayloadOf } from '@cercle/contracts';
import { Outbox } from '@cercle/platform';
import { Occurrence } from '../entities/occurrence.entity';
import type { RegistrationAnswer } from '../entities/registration-answer.entity';
import { Series } from '../entities/series.entity';
import { noFacts, recipientsOf } from '@cercle/events-domain';
import { audienceOf } from '../lifecycle/audience';
import { notificationRequest } from '../lifecycle/notification-request';
import { occurrenceFacts } from '../lifecycle/occurrence-facts';
import { occurrenceSnapshot } from '../lifecycle/occurrence-messages';

type Recorded = PayloadOf<'registration.recorded'>;
type Previous = Pick<RegistrationAnswer, 'answer' | 'status'> | null;

/**
 * Which message tells a member where their answer now stands, given the answer events knew before:
 * - `confirmed` → `registrationConfirmation` (a first yes, a promotion from the waiting list, a change
 *   of answer); nothing when nothing changed for them (a yes sent again, e.g. to add a topic);
 * - `waitlisted` → `waitingList` when they join it; nothing while they stay on it;
 * - `declined` (`no` or `maybe`, which hold no place) → a `registrationConfirmation` with status
 *   `declined` whenever the answer is new for events (a first `no` or `maybe`, or a change between them),
 *   or when it gives up a place or a rank on the waiting list (the person knows the place is released and
 *   can take it back with the link while registration is open). The audience table promises yes and maybe
 *   a confirmation with a calendar REQUEST and a no one with a CANCEL; nothing for the same answer again.
 */
export function registrationNoticeKind(recorded: Recorded, previous: Previous): NotificationKind | null {
  switch (recorded.status) {
    case 'confirmed':
      return previous?.status === 'confirmed' && previous.answer === recorded.answer && !recorded.promoted
        ? null
        : 'registrationConfirmation';
    case 'waitlisted':
      return previous?.status === 'waitlisted' ? null : 'waitingList';
    case 'declined': {
      if (previous?.status === 'confirmed' || previous?.status === 'waitlisted') return 'registrationConfirmation';
      return previous?.answer === recorded.answer ? null : 'registrationConfirmation';
    }
  }
}

// Outbox only writes rows into the caller's unit of work and holds no state: the inbox (which owns the
// transaction that also records the message id) needs no new dependency for it.
const outbox = new Outbox();

/**
 * Called by the events inbox for a `registration.recorded` that is newer than the answer it knew (the
 * inbox drops redelivered message ids and older answers arriving late), before it stores the new one.
 * Requests the notification in the inbox's transaction, so it is requested exactly once.
 */
export async function requestRegistrationNotification(em: EntityManager, recorded: Recorded, previous: Previous): Promise<string | null> {
  const kind = registrationNoticeKind(recorded, previous);
  if (!kind) return null;
  const occurrence = await em.findOne(Occurrence, { id: recorded.occurrenceId });
  // A cancelled occurrence sends nothing; one events never planned has nothing to say.
  if (!occurrence || occurrence.status === 'cancelled') return null;
  const series = await em.findOneOrFail(Series, { id: occurrence.seriesId });
  return outbox.publish(
    em,
    'notification.requested',
    notificationRequest(occurrenceSnapshot(occurrenceFacts(series, occurrence)), {
      kind,
      audience: audienceOf(recipientsOf(kind, { ...noFacts, registrant: recorded.memberId }), series.communityId)!,
      registration: {
        answer: recorded.answer,
        status: recorded.status,
        waitlistPosition: recorded.waitlistPosition,
        promoted: recorded.promoted,
      },
      // The person can change their answer from the message (the link also shows the waiting-list rank).
      links: { register: true, notes: false, roleResponse: false, contribution: false },
    }),
  );
}
