import type { EntityName } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { CommunityChannel } from '../entities/community-channel.entity';
import { Delivery } from '../entities/delivery.entity';
import { Recipient } from '../entities/recipient.entity';

const PARTS = [
  ['d', Delivery],
  ['r', Recipient],
  ['c', CommunityChannel],
] as const;

const columns = new Map<string, string>();

function selectList(em: EntityManager): string {
  const schema = em.config.get('schema') as string;
  let list = columns.get(schema);
  if (!list) {
    list = PARTS.flatMap(([alias, entity]) =>
      em
        .getMetadata()
        .get(entity.name)
        .props.filter((p) => p.persist !== false && p.fieldNames?.length)
        .flatMap((p) => p.fieldNames.map((field) => `${alias}."${field}" as "${alias}.${field}"`)),
    ).join(', ');
    columns.set(schema, list);
  }
  return list;
}

function part(row: Record<string, unknown>, alias: string): Record<string, unknown> {
  const prefix = `${alias}.`;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(row)) if (key.startsWith(prefix)) out[key.slice(prefix.length)] = value;
  return out;
}

/**
 * A delivery row with its recipient and its community copy, in one query instead of three: each is
 * placed in the entity manager's identity map, so the `em.findOne` of the recipient or the community
 * that follows is answered from there. They are read in the same instant the delivery is, so nothing
 * is staler than before; the job's entity manager is its own (forked per job).
 */
export async function loadDelivery(em: EntityManager, deliveryId: string): Promise<Delivery | null> {
  const schema = em.config.get('schema') as string;
  const [row] = await em.getConnection().execute<Record<string, unknown>[]>(
    `select ${selectList(em)}
       from "${schema}"."delivery" d
       left join "${schema}"."recipient" r on r."member_id" = d."member_id"
       left join "${schema}"."notification" n on n."id" = d."notification_id"
       left join "${schema}"."community_channel" c on c."community_id" = (n."payload" #>> '{occurrence,communityId}')::uuid
      where d."id" = ?`,
    [deliveryId],
    'all',
    em.getTransactionContext(),
  );
  if (!row) return null;
  const map = <T extends object>(entity: EntityName<T>, data: Record<string, unknown>, key: string) =>
    data[key] === null || data[key] === undefined ? null : em.map(entity, data as never);
  map(Recipient, part(row, 'r'), 'member_id');
  map(CommunityChannel, part(row, 'c'), 'community_id');
  return map(Delivery, part(row, 'd'), 'id');
}
