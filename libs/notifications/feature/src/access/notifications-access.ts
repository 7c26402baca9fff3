import type { EntityManager } from '@mikro-orm/postgresql';
import type { AccessResolvers } from '@cercle/platform';
import { Recipient } from '../entities/recipient.entity';
import { SeriesRef } from '../entities/series-ref.entity';

/** The community a notification is about: every notification.requested carries its occurrence's. */
async function communityOfNotification(em: EntityManager, notificationId: string): Promise<string | null> {
  const schema = em.config.get('schema') as string;
  const rows: Array<{ community_id: string }> = await em
    .getConnection()
    .execute(`select "payload" #>> '{occurrence,communityId}' as "community_id" from "${schema}"."notification" where "id" = ?`, [
      notificationId,
    ]);
  return rows[0]?.community_id ?? null;
}

/** The ids of the notifications about the given communities (the delivery log shows only those). */
export async function notificationsOfCommunities(em: EntityManager, communityIds: string[]): Promise<string[]> {
  const schema = em.config.get('schema') as string;
  // One array literal: the query builder would spread a JS array into a list of placeholders.
  const rows: Array<{ id: string }> = await em
    .getConnection()
    .execute(`select "id" from "${schema}"."notification" where ("payload" #>> '{occurrence,communityId}')::uuid = any(?::uuid[])`, [
      `{${communityIds.join(',')}}`,
    ]);
  return rows.map((row) => row.id);
}

/** How notifications traces what its organiser routes act on to a community (see the access table). */
export const notificationsAccess: AccessResolvers = {
  notification: communityOfNotification,
  delivery: async (em, deliveryId) => {
    const schema = em.config.get('schema') as string;
    const rows: Array<{ notification_id: string }> = await em
      .getConnection()
      .execute(`select "notification_id" from "${schema}"."delivery" where "id" = ?`, [deliveryId]);
    return rows[0] ? communityOfNotification(em, rows[0].notification_id) : null;
  },
  member: async (em, memberId) => (await em.findOne(Recipient, { memberId }, { fields: ['communityId'] }))?.communityId ?? null,
  series: async (em, seriesId) => (await em.findOne(SeriesRef, { seriesId }))?.communityId ?? null,
  // An occurrence is known here once a message about it kept its calendar version (the announcement does).
  occurrence: async (em, occurrenceId) => {
    const schema = em.config.get('schema') as string;
    const rows: Array<{ community_id: string }> = await em
      .getConnection()
      .execute(`select "community_id" from "${schema}"."calendar_occurrence" where "occurrence_id" = ?`, [occurrenceId]);
    return rows[0]?.community_id ?? null;
  },
};
