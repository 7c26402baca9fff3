import type { EntityManager } from '@mikro-orm/postgresql';
import type { PayloadOf } from '@cercle/contracts';
import { Notification } from '../entities/notification.entity';

type Request = PayloadOf<'notification.requested'>;

// A fan-out sends thousands of deliveries of the same notification; a few at a time are in flight.
const MAX_ENTRIES = 200;

/**
 * The request of a notification, read once per process. A notification row is written once (insert
 * ... on conflict do nothing) and never changed, so a copy cannot go stale: what a fan-out of 10,000
 * saves is 9,999 reads and JSON parses of the same payload. Mutable state (the recipient, their
 * status) is still read per delivery.
 */
export class NotificationCache {
  private readonly requests = new Map<string, Request>();

  async request(em: EntityManager, notificationId: string): Promise<Request> {
    const known = this.requests.get(notificationId);
    if (known) {
      // Map order is insertion order: re-inserting keeps the most recently used last.
      this.requests.delete(notificationId);
      this.requests.set(notificationId, known);
      return known;
    }
    const { payload } = await em.findOneOrFail(Notification, { id: notificationId });
    if (this.requests.size >= MAX_ENTRIES) this.requests.delete(this.requests.keys().next().value!);
    this.requests.set(notificationId, payload);
    return payload;
  }
}
