import type { EntityManager } from '@mikro-orm/postgresql';
import { Occurrence } from '../entities/occurrence.entity';

/** Occurrences where the member holds a role or is recorded for the next session's roles. */
export async function occurrencesWithRolesOf(em: EntityManager, memberId: string): Promise<Occurrence[]> {
  const schema = em.config.get('schema') as string;
  const asArray = JSON.stringify([memberId]);
  const rows: Array<{ id: string }> = await em.getConnection().execute(
    `select "id" from "${schema}"."occurrence"
      where "guide_member_id" = ? or "next_guide_member_id" = ?
         or "contributor_member_ids" @> ?::jsonb or "next_contributor_member_ids" @> ?::jsonb`,
    [memberId, memberId, asArray, asArray],
    'all',
    em.getTransactionContext(),
  );
  return rows.length ? em.find(Occurrence, { id: { $in: rows.map((r) => r.id) } }, { orderBy: { startsAt: 'asc' } }) : [];
}

/** Planned, open or closed and not yet started: a role there can still be taken by someone else. */
export function isComing(occurrence: Occurrence, at: Date): boolean {
  return ['planned', 'open', 'closed'].includes(occurrence.status) && occurrence.startsAt > at;
}
