import type { EntityManager } from '@mikro-orm/postgresql';
import type { PayloadOf } from '@cercle/contracts';
import { Delivery } from '../entities/delivery.entity';
import { MemberPreference } from '../entities/member-preference.entity';
import { Recipient } from '../entities/recipient.entity';
import { ERASED_ADDRESS } from './forgotten-address';

/**
 * Forgets an erased member in notifications: the copy becomes anonymous and inactive (so no fan-out
 * reaches them, whichever of this and `member.changed` runs first), their choices go, nothing still
 * planned for them is sent, and the delivery log keeps the rows (counts) without address or provider
 * answer. Running it again changes nothing more.
 */
export async function eraseMemberInNotifications(em: EntityManager, payload: PayloadOf<'member.erased'>): Promise<Record<string, number>> {
  const { memberId, anonymisedName: name, anonymisedEmail: email } = payload;
  const schema = em.config.get('schema') as string;
  const awaited: Array<unknown> = await em
    .getConnection()
    .execute(
      `delete from "${schema}"."awaited_recipient" where "member_id" = ? returning 1`,
      [memberId],
      'all',
      em.getTransactionContext(),
    );
  const calendarEntries: Array<unknown> = await em
    .getConnection()
    .execute(`delete from "${schema}"."calendar_holder" where "member_id" = ? returning 1`, [memberId], 'all', em.getTransactionContext());
  return {
    calendarEntries: calendarEntries.length,
    recipientCopy: await em.nativeUpdate(
      Recipient,
      {
        memberId,
        $or: [
          { email: { $ne: email } },
          { name: { $ne: name } },
          { mattermostUsername: { $ne: null } },
          { matrixUserId: { $ne: null } },
          { active: true },
        ],
      },
      { name, email, mattermostUsername: null, matrixUserId: null, active: false },
    ),
    preferences: await em.nativeDelete(MemberPreference, { memberId }),
    awaitedRequests: awaited.length,
    deliveriesAnonymised: await em.nativeUpdate(
      Delivery,
      { memberId, address: { $ne: ERASED_ADDRESS } },
      { address: ERASED_ADDRESS, providerAnswer: null, lastError: null },
    ),
    // A failed one could be resent by an organiser; neither may go anywhere now.
    deliveriesCancelled: await em.nativeUpdate(
      Delivery,
      { memberId, status: { $in: ['pending', 'failed'] } },
      { status: 'skipped', lastError: 'member erased' },
    ),
  };
}
