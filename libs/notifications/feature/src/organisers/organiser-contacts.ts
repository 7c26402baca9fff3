import type { EntityManager } from '@mikro-orm/postgresql';
import type { PayloadOf } from '@cercle/contracts';
import type { DeliveryChannel } from '../entities/delivery.entity';

type Execute = <T = Record<string, unknown>>(sql: string, params: unknown[]) => Promise<T[]>;

/**
 * Where an organiser is reached, beside this service's copy of who organises what (the platform's
 * `community_organiser` rows, a column only notifications has). Written only when this message's
 * revision is the one kept: an older message redelivered late leaves a newer address alone. A message
 * written before addresses travelled (`organiserEmail` absent) leaves the known one.
 */
export async function recordOrganiserEmail(em: EntityManager, payload: PayloadOf<'community.organiser-changed'>): Promise<void> {
  if (payload.organiserEmail === undefined) return;
  const schema = em.config.get('schema') as string;
  await em
    .getConnection()
    .execute(
      `update "${schema}"."community_organiser" set "email" = ? where "community_id" = ? and "organiser_id" = ? and "revision" = ?`,
      [payload.organiserEmail?.toLowerCase() ?? null, payload.communityId, payload.organiserId, payload.revision],
      'run',
      em.getTransactionContext(),
    );
}

export interface PlannedOrganiserDelivery {
  channel: Extract<DeliveryChannel, 'email' | 'mattermost-dm'>;
  memberId: null;
  address: string;
}

/**
 * The deliveries to a community's organisers, addressed by their email (they are no members: the row's
 * member is null). An organiser whose address is one of the named members' is told as that member only,
 * so nobody gets the message twice. A direct message goes where the community uses Mattermost; the
 * account is found by the address when it is sent.
 */
export async function planOrganiserDeliveries(
  execute: Execute,
  schema: string,
  request: { emails: boolean; directMessages: boolean; audience: { type: string } },
  communityId: string,
  memberIds: readonly string[],
): Promise<PlannedOrganiserDelivery[]> {
  const rows = await execute<{ email: string; mattermost: boolean }>(
    `select distinct o."email", (c."mattermost_channel_id" is not null and coalesce(c."chat", 'mattermost') <> 'matrix') as "mattermost"
       from "${schema}"."community_organiser" o
       left join "${schema}"."community_channel" c on c."community_id" = o."community_id"
      where o."community_id" = ? and o."active" and o."email" is not null
        and not exists (select 1 from "${schema}"."recipient" r
                         where r."member_id" = any(?::uuid[]) and r."active" and lower(r."email") = o."email")
      order by o."email"`,
    [communityId, `{${memberIds.join(',')}}`],
  );
  return rows.flatMap((row) => [
    ...(request.emails ? [{ channel: 'email' as const, memberId: null, address: row.email }] : []),
    ...(request.directMessages && row.mattermost ? [{ channel: 'mattermost-dm' as const, memberId: null, address: row.email }] : []),
  ]);
}
