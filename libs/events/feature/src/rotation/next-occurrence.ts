import type { EntityManager } from '@mikro-orm/postgresql';
import { nextOccurrence } from '@cercle/events-domain';
import { Occurrence } from '../entities/occurrence.entity';
import type { Series } from '../entities/series.entity';
import { recurrenceOf } from '../lifecycle/occurrence-facts';

/** The series' next occurrence after this one that still takes place (it may be planned well ahead). */
export function findNextOccurrence(em: EntityManager, occurrence: Occurrence): Promise<Occurrence | null> {
  return em.findOne(
    Occurrence,
    { seriesId: occurrence.seriesId, startsAt: { $gt: occurrence.startsAt }, status: { $ne: 'cancelled' } },
    { orderBy: { startsAt: 'asc' } },
  );
}

/** The session the next roles are for: planned, or as the recurrence gives it; null when the series ends. */
export async function nextSession(
  em: EntityManager,
  series: Series,
  occurrence: Occurrence,
): Promise<{ key: string; startsAt: Date } | null> {
  return (await findNextOccurrence(em, occurrence)) ?? nextOccurrence(recurrenceOf(series), occurrence.startsAt);
}

/** The local date (YYYY-MM-DD) of the session the next roles are for. */
export async function nextSessionDate(em: EntityManager, series: Series, occurrence: Occurrence): Promise<string | null> {
  return (await nextSession(em, series, occurrence))?.key ?? null;
}

/** The roles (and theme, when one was chosen) recorded at `source` become the roles of `next`. */
export function carryNextRoles(source: Occurrence, next: Occurrence): void {
  next.guideMemberId = source.nextGuideMemberId;
  next.contributorMemberIds = [...source.nextContributorMemberIds];
  if (source.nextTheme) next.theme = source.nextTheme;
}
