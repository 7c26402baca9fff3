import { Inject, Injectable } from '@nestjs/common';
import { LockMode } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { CLOCK, Clock, communitiesOrganisedBy, Outbox, conflict, notFound } from '@cercle/platform';
import { reportDeliveryFailures } from '../deliveries/failure-report';
import { notificationsOfCommunities } from '../access/notifications-access';
import { Delivery, DeliveryChannel, DeliveryStatus } from '../entities/delivery.entity';
import { Notification } from '../entities/notification.entity';
import type { ListDeliveriesQuery } from './deliveries.schemas';

export interface NotificationSummary {
  id: string;
  kind: string;
  createdAt: Date;
  occurrence: { occurrenceId: string; title: string; startsAt: string };
  deliveries: {
    total: number;
    byStatus: Record<DeliveryStatus, number>;
    byChannel: Partial<Record<DeliveryChannel, Record<DeliveryStatus, number>>>;
  };
}

const zeroes = (): Record<DeliveryStatus, number> => ({ pending: 0, sent: 0, failed: 0, skipped: 0 });

/** What organisers can see and do with the delivery log. */
@Injectable()
export class DeliveriesService {
  constructor(
    private readonly em: EntityManager,
    private readonly outbox: Outbox,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** The deliveries of the notifications about the communities this organiser organises, newest first. */
  async list(
    organiserId: string,
    query: ListDeliveriesQuery,
  ): Promise<{ items: Delivery[]; total: number; limit: number; offset: number }> {
    const em = this.em.fork();
    const visible = await notificationsOfCommunities(em, await communitiesOrganisedBy(em, organiserId));
    // Every filter narrows what the caller may see; both given: the notification only if it is about that occurrence.
    let notificationIds = visible;
    if (query.notificationId) notificationIds = notificationIds.filter((id) => id === query.notificationId);
    if (query.occurrenceId) {
      const ofOccurrence = await this.notificationsOf(em, query.occurrenceId);
      notificationIds = notificationIds.filter((id) => ofOccurrence.includes(id));
    }
    const where = {
      ...(query.status ? { status: query.status } : {}),
      ...(query.channel ? { channel: query.channel } : {}),
      notificationId: { $in: notificationIds },
    };
    const [items, total] = await em.findAndCount(Delivery, where, {
      orderBy: { createdAt: 'desc', id: 'asc' },
      limit: query.limit,
      offset: query.offset,
    });
    return { items, total, limit: query.limit, offset: query.offset };
  }

  private async notificationsOf(em: EntityManager, occurrenceId: string): Promise<string[]> {
    const schema = em.config.get('schema') as string;
    const rows: Array<{ id: string }> = await em
      .getConnection()
      .execute(`select "id" from "${schema}"."notification" where "payload"->'occurrence'->>'occurrenceId' = ?`, [occurrenceId]);
    return rows.map((r) => r.id);
  }

  /** A failed delivery goes back to pending and is sent again by a new job (written with the change). */
  async resend(deliveryId: string): Promise<Delivery> {
    return this.em.fork().transactional(async (em) => {
      const delivery = await em.findOne(Delivery, { id: deliveryId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!delivery) throw notFound('delivery', deliveryId);
      if (delivery.status !== 'failed') {
        throw conflict('delivery-not-failed', `Only a failed delivery can be resent; this one is ${delivery.status}`);
      }
      delivery.status = 'pending';
      this.outbox.publish(em, 'delivery.due', { deliveryId });
      // It no longer counts as failed: events' health check sees the count go down.
      await em.flush();
      await reportDeliveryFailures(em, this.outbox, deliveryId, this.clock.now());
      return delivery;
    });
  }

  async summary(notificationId: string): Promise<NotificationSummary> {
    const em = this.em.fork();
    const notification = await em.findOne(Notification, { id: notificationId });
    if (!notification) throw notFound('notification', notificationId);
    const schema = em.config.get('schema') as string;
    const rows: Array<{ channel: DeliveryChannel; status: DeliveryStatus; n: number }> = await em
      .getConnection()
      .execute(
        `select "channel", "status", count(*)::int as "n" from "${schema}"."delivery" where "notification_id" = ? group by "channel", "status"`,
        [notificationId],
      );
    const byStatus = zeroes();
    const byChannel: NotificationSummary['deliveries']['byChannel'] = {};
    for (const row of rows) {
      byStatus[row.status] += row.n;
      byChannel[row.channel] ??= zeroes();
      byChannel[row.channel]![row.status] += row.n;
    }
    const o = notification.payload.occurrence;
    return {
      id: notification.id,
      kind: notification.kind,
      createdAt: notification.createdAt,
      occurrence: { occurrenceId: o.occurrenceId, title: o.title, startsAt: o.startsAt },
      deliveries: { total: rows.reduce((sum, r) => sum + r.n, 0), byStatus, byChannel },
    };
  }
}
