import type { EntityManager } from '@mikro-orm/postgresql';
import type { PayloadOf } from '@cercle/contracts';
import { planDeliveries } from './plan-deliveries';

type Request = PayloadOf<'notification.requested'>;

/**
 * A member just became known (or active again). Their part is planned now, from the stored requests
 * (the unique key and "announced once per occurrence" keep this from sending anything twice):
 * - requests that named them before notifications knew them (`awaited_recipient`);
 * - when they are new to the community, the community announcements still open for registration (by
 *   their closing time and by events' last word, since an organiser may close it early), not cancelled
 *   or moved since: a member created a moment before an announcement may reach notifications after its
 *   fan-out was planned.
 */
export async function planForArrivedMember(
  em: EntityManager,
  member: { memberId: string; communityId: string; isNew: boolean },
  now: Date,
): Promise<string[]> {
  const schema = em.config.get('schema') as string;
  const execute = (sql: string, params: unknown[]) =>
    em.getConnection().execute(sql, params, 'all', em.getTransactionContext()) as Promise<Array<{ payload: Request }>>;
  const awaited = await execute(
    `delete from "${schema}"."awaited_recipient" a using "${schema}"."notification" n
      where a."member_id" = ? and n."id" = a."notification_id" returning n."payload"`,
    [member.memberId],
  );
  const open = member.isNew
    ? await execute(
        `select n."payload" from "${schema}"."notification" n
          where n."kind" = 'announcement' and n."payload" #>> '{audience,type}' = 'community'
            and n."payload" #>> '{audience,communityId}' = ?
            and coalesce(n."payload" #>> '{occurrence,registrationClosesAt}', n."payload" #>> '{occurrence,startsAt}')::timestamptz > ?
            and not exists (select 1 from "${schema}"."calendar_occurrence" co
                             where co."occurrence_id" = (n."payload" #>> '{occurrence,occurrenceId}')::uuid
                               and co."registration_open" = false)
            and not exists (select 1 from "${schema}"."notification" later
                             where later."kind" in ('cancellation', 'reschedule')
                               and later."payload" #>> '{occurrence,occurrenceId}' = n."payload" #>> '{occurrence,occurrenceId}')`,
        [member.communityId, now],
      )
    : [];
  const created: string[] = [];
  for (const { payload } of [...awaited, ...open]) {
    // Only this member's part: the channel post and the others were planned with the request.
    created.push(
      ...(await planDeliveries(em, { ...payload, audience: { type: 'members', memberIds: [member.memberId] }, channelPost: false }, now)),
    );
  }
  return created;
}
