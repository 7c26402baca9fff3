/** Clients match updates and cancellations by UID: one per occurrence, in every invite and every feed. */
export const calendarUid = (occurrenceId: string) => `occurrence-${occurrenceId}@cercle`;
