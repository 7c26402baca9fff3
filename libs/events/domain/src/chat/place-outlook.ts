import type { PlaceStatus } from './chat-replies';

/** Where a `yes` from the chat puts the person, as far as events' copy of the registrations tells. */
export type PlaceOutlook = { kind: 'confirmed' } | { kind: 'waitlisted'; position: number | null };

/**
 * Membership applies the capacity a moment after the chat answers; this reads the same rule (placeFor in
 * membership) on events' copy: a confirmed place is kept, a free place is taken, otherwise the person joins
 * the end of the waiting list. Someone already waiting keeps their rank, which the copy does not hold.
 */
export function placeOutlook(
  current: PlaceStatus | null,
  others: { confirmed: number; waitlisted: number },
  capacity: number | null,
): PlaceOutlook {
  if (current === 'confirmed' || capacity === null || others.confirmed < capacity) return { kind: 'confirmed' };
  if (current === 'waitlisted') return { kind: 'waitlisted', position: null };
  return { kind: 'waitlisted', position: others.waitlisted + 1 };
}
