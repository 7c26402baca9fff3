import type { EntityManager } from '@mikro-orm/postgresql';
import type { PayloadOf } from '@cercle/contracts';
import { Delivery } from '../entities/delivery.entity';
import { MemberPreference } from '../entities/member-preference.entity';
import { Recipient } from '../entities/recipient.entity';

/** Everything notifications holds about one member: its copy, their choices, and what was sent to them where. */
export async function notificationsPartOf(em: EntityManager, memberId: string): Promise<PayloadOf<'member.export-part'>['data']> {
  const deliveries = await em.find(Delivery, { memberId }, { orderBy: { createdAt: 'asc' } });
  return {
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
