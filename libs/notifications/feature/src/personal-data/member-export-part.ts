import type { EntityManager } from '@mikro-orm/postgresql';
import type { PayloadOf } from '@cercle/contracts';
import { Delivery } from '../entities/delivery.entity';
import { MemberPreference } from '../entities/member-preference.entity';
import { Recipient } from '../entities/recipient.entity';

/** Everything notifications holds about one member: its copy, their choices, and what was sent to them where. */
export async function notificationsPartOf(em: EntityManager, memberId: string): Promise<PayloadOf<'member.export-part'>['data']> {
  const deliveries = await em.find(Delivery, { memberId }, { orderBy: { createdAt: 'asc' } });
  const schema = em.config.get('schema') as string;
  // Which occurrences Cercle put in their calendar, and whether it took them out again.
  const calendarEntries = await em
    .getConnection()
    .execute(
      `select "occurrence_id" as "occurrenceId", "status", "sequence", "updated_at" as "updatedAt" from "${schema}"."calendar_holder" where "member_id" = ? order by "updated_at"`,
      [memberId],
      'all',
      em.getTransactionContext(),
    );
  return {
    calendarEntries,
    recipientCopy: await em.findOne(Recipient, { memberId }),
    preferences: await em.findOne(MemberPreference, { memberId }),
    deliveries: deliveries.map((d) => ({
      id: d.id,
      notificationId: d.notificationId,
      kind: d.kind,
      channel: d.channel,
      address: d.address,
      status: d.status,
      attempts: d.attempts,
      lastError: d.lastError,
      providerAnswer: d.providerAnswer,
      createdAt: d.createdAt,
      sentAt: d.sentAt,
    })),
  };
}
