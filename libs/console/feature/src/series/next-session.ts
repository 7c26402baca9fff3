/** An occurrence as the series pages list it. */
export interface SessionSummary {
  id: string;
  startsAt: string;
  status: string;
}

/** Statuses of a session that is over or will not happen: never "the next session". */
const PAST_STATUSES = new Set(['held', 'archived', 'cancelled']);

export const isStillToHold = (status: string | undefined): boolean => !PAST_STATUSES.has(status ?? '');

/**
 * The next session of a series still to be held: the earliest one neither held, archived nor cancelled. A
 * session run early ("run now") is held before its date, so "still to come by date" is not enough.
 */
export function nextSessionToHold<T extends SessionSummary>(sessions: T[]): T | null {
  return [...sessions].filter((s) => isStillToHold(s.status)).sort((a, b) => a.startsAt.localeCompare(b.startsAt))[0] ?? null;
}
