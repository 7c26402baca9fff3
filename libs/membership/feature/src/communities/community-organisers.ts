import type { EntityManager } from '@mikro-orm/postgresql';
import { CommunityOrganiser, CommunityRole, Outbox } from '@cercle/platform';
import { Organiser } from '../entities/organiser.entity';

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
  // Notifications reaches organisers at this address (health alerts); an organiser just created is in the identity map.
  const organiser = await em.findOne(Organiser, { id: change.organiserId });
  outbox.publish(em, 'community.organiser-changed', {
    communityId: row.communityId,
    organiserId: row.organiserId,
    organiserName: row.organiserName,
    role: row.role,
    active: row.active,
    revision: row.revision,
    organiserEmail: organiser?.email ?? null,
  });
  return row;
}
