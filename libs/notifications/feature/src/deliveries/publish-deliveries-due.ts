import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { messageCatalog, validatePayload } from '@cercle/contracts';

const CHUNK = 1000;

/**
 * Writes one `delivery.due` per delivery into the outbox, in the caller's transaction, as multi-row
 * inserts. Same rows as `Outbox.publish` would persist (same columns, one message id per delivery),
 * but an announcement to 10,000 members must not flush 10,000 entities one by one. The relay
 * enqueues them as usual once the transaction commits.
 */
export async function publishDeliveriesDue(em: EntityManager, deliveryIds: readonly string[], now: Date): Promise<void> {
  const { version, queues } = messageCatalog['delivery.due'];
  const schema = em.config.get('schema') as string;
  const rows = deliveryIds.flatMap((deliveryId) => {
    const payload = JSON.stringify(validatePayload('delivery.due', { deliveryId }));
    const messageId = randomUUID();
    return queues.map((queue) => [randomUUID(), messageId, queue, 'delivery.due', version, payload, now, now]);
  });
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = rows.slice(i, i + CHUNK);
    await em.getConnection().execute(
      `insert into "${schema}"."outbox_message"
        ("id", "message_id", "queue", "name", "version", "payload", "available_at", "created_at")
       values ${chunk.map(() => '(?, ?, ?, ?, ?, ?::jsonb, ?, ?)').join(', ')}`,
      chunk.flat(),
      'run',
      em.getTransactionContext(),
    );
  }
}
