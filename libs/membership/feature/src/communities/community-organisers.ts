import type { EntityManager } from '@mikro-orm/postgresql';
import { CommunityOrganiser, CommunityRole, Outbox } from '@cercle/platform';

/**
 * Gives an organiser a role in a community, changes it, or takes it away (active=false), and tells the
 * other services in the same transaction. The one place membership changes who organises what.
 */
export async function setCommunityRole(
  em: EntityManager,
  outbox: Outbox,
  change: { communityId: string; organiserId: string; organiserName: string; role: CommunityRole; active: boolean },
): Promise<CommunityOrganiser> {
  const existing = await em.findOne(CommunityOrganiser, { communityId: change.communityId, organiserId: change.organiserId });
  const row = existing ?? em.create(CommunityOrganiser, { ...change, revision: 0 });
  Object.assign(row, { organiserName: change.organiserName, role: change.role, active: change.active, revision: row.revision + 1 });
  outbox.publish(em, 'community.organiser-changed', {
    communityId: row.communityId,
    organiserId: row.organiserId,
    organiserName: row.organiserName,
    role: row.role,
    active: row.active,
    revision: row.revision,
  });
  return row;
}
