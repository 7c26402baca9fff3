import type { OccurrenceRef } from '../entities/occurrence-ref.entity';

/**
 * What the public page of an occurrence can do, first reason first: a cancelled or past occurrence
 * accepts nothing whoever asks; one for members only sends people to its organisers; otherwise it takes
 * requests while registration is open.
 */
export type JoinState = 'open' | 'cancelled' | 'past' | 'members-only' | 'not-yet-open' | 'closed';

export function joinState(
  occurrence: Pick<OccurrenceRef, 'status' | 'endsAt' | 'openToGuests' | 'registrationOpen'>,
  now: Date,
): JoinState {
  if (occurrence.status === 'cancelled') return 'cancelled';
  if (occurrence.endsAt.getTime() <= now.getTime() || occurrence.status === 'held' || occurrence.status === 'archived') return 'past';
  if (!occurrence.openToGuests) return 'members-only';
  if (occurrence.registrationOpen) return 'open';
  return occurrence.status === 'planned' ? 'not-yet-open' : 'closed';
}
