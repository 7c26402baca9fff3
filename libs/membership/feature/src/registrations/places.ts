export type Answer = 'yes' | 'no' | 'maybe';
export type PlaceStatus = 'confirmed' | 'waitlisted' | 'declined';

/**
 * Where an answer stands once capacity is applied (pure: the caller holds the occurrence's row lock).
 *
 * - `no` and `maybe` hold no place (`declined`): a `maybe` must not keep someone who is sure off the list.
 * - `yes` keeps the place it already has (confirmed stays confirmed; waitlisted keeps its rank), takes a
 *   free place if there is one, and otherwise joins the end of the waiting list.
 *
 * Invariant kept by every transaction (see `fillFreePlaces`): the waiting list is empty or every place is
 * taken, so a `yes` never jumps ahead of someone already waiting.
 */
export function placeFor(answer: Answer, current: PlaceStatus | null, confirmed: number, capacity: number | null): PlaceStatus {
  if (answer !== 'yes') return 'declined';
  if (current === 'confirmed') return 'confirmed';
  if (freePlaces(capacity, confirmed) > 0) return 'confirmed';
  return 'waitlisted';
}

/** Places still free; `Infinity` without a capacity. A capacity lowered below the confirmed count gives 0. */
export function freePlaces(capacity: number | null, confirmed: number): number {
  return capacity === null ? Number.POSITIVE_INFINITY : Math.max(0, capacity - confirmed);
}
