import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { PayloadOf } from '@cercle/contracts';

export type CommunityRole = 'owner' | 'co-organiser';

/**
 * Who organises which community. Membership owns these rows (it writes them and publishes
 * `community.organiser-changed`); events and notifications keep a copy in their own schema, so that each
 * checks access to its routes locally. A removed organiser stays as a row with `active = false`.
 */
@Entity({ tableName: 'community_organiser' })
export class CommunityOrganiser {
  @PrimaryKey({ type: 'uuid' })
  communityId!: string;

  @PrimaryKey({ type: 'uuid' })
  organiserId!: string;

  @Property({ type: 'string' })
  organiserName!: string;

  @Property({ type: 'string', length: 20 })
  role!: CommunityRole;

  @Property({ type: 'boolean' })
  active = true;

  /** Rises with every change of this pair; a copy applies a message only if it is newer than what it has. */
  @Property({ type: 'integer' })
  revision = 1;
}

/** Keeps this service's copy of one (community, organiser) pair; an older revision never overwrites a newer one. */
export async function recordCommunityOrganiser(em: EntityManager, payload: PayloadOf<'community.organiser-changed'>): Promise<void> {
  const schema = em.config.get('schema') as string;
  await em.getConnection().execute(
    `insert into "${schema}"."community_organiser" ("community_id", "organiser_id", "organiser_name", "role", "active", "revision")
     values (?, ?, ?, ?, ?, ?)
     on conflict ("community_id", "organiser_id") do update set
       "organiser_name" = excluded."organiser_name", "role" = excluded."role", "active" = excluded."active", "revision" = excluded."revision"
     where "community_organiser"."revision" < excluded."revision"`,
    [payload.communityId, payload.organiserId, payload.organiserName, payload.role, payload.active, payload.revision],
    'run',
    em.getTransactionContext(),
  );
}

/** The ids of the communities an organiser organises now (owner or co-organiser). */
export async function communitiesOrganisedBy(em: EntityManager, organiserId: string): Promise<string[]> {
  const rows = await em.find(CommunityOrganiser, { organiserId, active: true }, { fields: ['communityId'] });
  return rows.map((r) => r.communityId);
}

/** The caller's role in a community, or null when they do not organise it. */
export async function roleIn(em: EntityManager, organiserId: string, communityId: string): Promise<CommunityRole | null> {
  const row = await em.findOne(CommunityOrganiser, { organiserId, communityId, active: true });
  return row?.role ?? null;
}
