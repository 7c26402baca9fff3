import type { EntityManager } from '@mikro-orm/postgresql';
import { isClose } from '@cercle/events-domain';
import { occurrencePageUrl } from '../occurrences/occurrence-url';
import { stemsToCompare } from './memory-search';

/** A past occurrence that already covered something close to a proposal: when, what, and where its notes are. */
export interface CoveredBefore {
  occurrenceId: string;
  startsAt: Date;
  /** Its theme, or one of its topics, close to the proposal. */
  what: 'theme' | 'topic';
  text: string;
  /** The occurrence in the organiser API, with its notes in full. */
  notes: string;
}

/**
 * For each proposal, the themes and topics of the series' past occurrences close to it (see isClose),
 * newest first, one per occurrence. An empty proposal, or a series with no past, finds nothing. Two
 * queries whatever the number of proposals (a day's board may hold a hundred).
 */
export async function coveredBefore(
  em: EntityManager,
  seriesId: string,
  proposals: string[],
  publicUrl: string,
): Promise<CoveredBefore[][]> {
  if (!proposals.some((p) => p.trim())) return proposals.map(() => []);
  const { proposals: stems, candidates } = await stemsToCompare(em, seriesId, proposals);
  const newestFirst = [...candidates].sort((a, b) => b.startsAt.getTime() - a.startsAt.getTime() || (a.what === 'theme' ? -1 : 1));
  return stems.map((own) => {
    const seen = new Set<string>();
    return newestFirst
      .filter((c) => isClose(own, c.stems))
      .filter((c) => !seen.has(c.occurrenceId) && seen.add(c.occurrenceId))
      .map((c) => ({
        occurrenceId: c.occurrenceId,
        startsAt: c.startsAt,
        what: c.what,
        text: c.text,
        notes: occurrencePageUrl(publicUrl, c.occurrenceId),
      }));
  });
}
