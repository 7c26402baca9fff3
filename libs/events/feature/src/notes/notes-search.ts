import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { z } from 'zod';
import { DateTime } from 'luxon';
import { instantFromSql } from '@cercle/platform';
import { foldAccentsSql } from '../migrations/migration-0005-topics-and-notes';

export const notesSearchQuery = z.object({
  communityId: z.string().uuid(),
  q: z.string().trim().max(200).default(''),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export type NotesSearchQuery = z.infer<typeof notesSearchQuery>;

interface Row {
  occurrence_id: string;
  series_id: string;
  series_title: string;
  // Raw rows keep PostgreSQL's text form of timestamptz: read through instantFromSql.
  starts_at: Date | string;
  time_zone: string;
  workshop: string;
  scribe_name: string | null;
  submitted_at: Date | string;
  archived_at: Date | string | null;
  rank: number;
  excerpt: string;
}

/**
 * A community's notes, searched with PostgreSQL full text: the query is read the way people type into a
 * search box (`websearch_to_tsquery`: "quoted phrases", or, -excluded), in French (stems) and in `simple`
 * (exact words), accents folded on both sides like the stored `search` column. Ranked, newest first among
 * equals; without `q`, every note newest first. `archivedAt` says whether the notes were posted yet.
 */
@Injectable()
export class NotesSearch {
  constructor(private readonly em: EntityManager) {}

  async search(query: NotesSearchQuery) {
    const s = this.em.config.get('schema') as string;
    const q = query.q;
    const params: unknown[] = [q, q, query.communityId];
    const match = q ? 'and n."search" @@ query.q' : '';
    // One FROM/WHERE for the page and for the total, so they always count the same notes.
    const from = `from "${s}"."occurrence_note" n
       join "${s}"."occurrence" o on o."id" = n."occurrence_id"
       join "${s}"."series" s on s."id" = o."series_id"
       left join "${s}"."occurrence_step" step on step."occurrence_id" = n."occurrence_id" and step."step" = 'archiveNotes' and step."state" = 'done'
       cross join (select websearch_to_tsquery('french', ${foldAccentsSql('?::text')}) || websearch_to_tsquery('simple', ${foldAccentsSql('?::text')}) as q) query
       where s."community_id" = ? ${match}`;
    const [{ total }] = await this.em.getConnection().execute<Array<{ total: string }>>(`select count(*) as "total" ${from}`, params);
    const rows: Row[] = await this.em.getConnection().execute(
      `select n."occurrence_id", s."id" as "series_id", s."title" as "series_title", o."starts_at", s."time_zone", n."workshop",
         n."scribe_name", n."submitted_at", step."done_at" as "archived_at", ts_rank(n."search", query.q) as "rank",
         left(n."markdown", 280) as "excerpt"
       ${from}
       order by "rank" desc, o."starts_at" desc, n."workshop" asc
       limit ${query.pageSize} offset ${(query.page - 1) * query.pageSize}`,
      params,
    );
    return {
      communityId: query.communityId,
      q,
      page: query.page,
      pageSize: query.pageSize,
      total: Number(total),
      items: rows.map((row) => ({
        occurrenceId: row.occurrence_id,
        seriesId: row.series_id,
        seriesTitle: row.series_title,
        occurrenceDate: DateTime.fromJSDate(instantFromSql(row.starts_at), { zone: row.time_zone }).toISODate(),
        startsAt: instantFromSql(row.starts_at),
        workshop: row.workshop,
        scribeName: row.scribe_name,
        submittedAt: instantFromSql(row.submitted_at),
        archivedAt: instantFromSql(row.archived_at),
        rank: Number(row.rank),
        excerpt: row.excerpt,
      })),
    };
  }
}
