import type { EntityManager } from '@mikro-orm/postgresql';
import { instantFromSql } from '@cercle/platform';
import { foldAccentsSql } from '../migrations/migration-0005-topics-and-notes';

const PAST = `('held', 'archived')`;
const fold = (expr: string) => foldAccentsSql(`coalesce(${expr}, '')`);
/** French stems and exact words, accents folded: the same reading as the notes' stored `search` column. */
const vector = (expr: string) => `(to_tsvector('french', ${fold(expr)}) || to_tsvector('simple', ${fold(expr)}))`;

/**
 * The past occurrences of a series whose theme, topics or notes match a search (PostgreSQL full text, read
 * as people type into a search box: "phrases", or, -excluded), best first. The notes' own indexed column
 * is reused; themes and topics are few per series and are read on the fly.
 */
export async function searchPastOccurrences(em: EntityManager, seriesId: string, q: string): Promise<string[]> {
  const s = em.config.get('schema') as string;
  const rows: Array<{ id: string }> = await em.getConnection().execute(
    `select o."id",
        ts_rank(${vector('o."theme"')}, query.q)
        + coalesce((select max(ts_rank(${vector('t."title"')}, query.q)) from "${s}"."topic_proposal" t where t."occurrence_id" = o."id"), 0)
        + coalesce((select max(ts_rank(n."search", query.q)) from "${s}"."occurrence_note" n where n."occurrence_id" = o."id"), 0) as "rank"
       from "${s}"."occurrence" o
       cross join (select websearch_to_tsquery('french', ${foldAccentsSql('?::text')}) || websearch_to_tsquery('simple', ${foldAccentsSql('?::text')}) as q) query
      where o."series_id" = ? and o."status" in ${PAST}
        and (${vector('o."theme"')} @@ query.q
          or exists (select 1 from "${s}"."topic_proposal" t where t."occurrence_id" = o."id" and ${vector('t."title"')} @@ query.q)
          or exists (select 1 from "${s}"."occurrence_note" n where n."occurrence_id" = o."id" and n."search" @@ query.q))
      order by "rank" desc, o."starts_at" desc`,
    [q, q, seriesId],
  );
  return rows.map((r) => r.id);
}

/** A theme or topic already covered by a past occurrence of the series, with the stems each reduces to. */
export interface CoveredCandidate {
  occurrenceId: string;
  startsAt: Date;
  what: 'theme' | 'topic';
  text: string;
  stems: string[];
}

/**
 * The French stems of each proposal and of every theme and topic of the series' past occurrences, from
 * PostgreSQL's own French dictionary (stop words dropped, accents folded), for `isClose` to compare.
 */
export async function stemsToCompare(
  em: EntityManager,
  seriesId: string,
  proposals: string[],
): Promise<{ proposals: string[][]; candidates: CoveredCandidate[] }> {
  const s = em.config.get('schema') as string;
  const stems = (expr: string) => `tsvector_to_array(to_tsvector('french', ${fold(expr)}))`;
  const own: Array<{ stems: string[] }> = await em
    .getConnection()
    .execute(
      `select ${stems('p.text')} as "stems" from (values ${proposals.map((_, i) => `(?::text, ${i})`).join(', ')}) as p(text, n) order by p.n`,
      proposals,
    );
  const rows: Array<{ occurrence_id: string; starts_at: Date | string; what: 'theme' | 'topic'; text: string; stems: string[] }> = await em
    .getConnection()
    .execute(
      `select o."id" as "occurrence_id", o."starts_at", 'theme' as "what", o."theme" as "text", ${stems('o."theme"')} as "stems"
         from "${s}"."occurrence" o where o."series_id" = ? and o."status" in ${PAST} and o."theme" is not null
       union all
       select o."id", o."starts_at", 'topic', t."title", ${stems('t."title"')}
         from "${s}"."topic_proposal" t join "${s}"."occurrence" o on o."id" = t."occurrence_id"
        where o."series_id" = ? and o."status" in ${PAST}`,
      [seriesId, seriesId],
    );
  return {
    proposals: own.map((r) => r.stems),
    candidates: rows.map((r) => ({
      occurrenceId: r.occurrence_id,
      startsAt: instantFromSql(r.starts_at),
      what: r.what,
      text: r.text,
      stems: r.stems,
    })),
  };
}
