import type { EntityManager } from '@mikro-orm/postgresql';
import type { Outbox } from '@cercle/platform';

// Alerts are not counted: a failed alert would otherwise raise an alert about itself.
const NOT_COUNTED = ['healthAlert', 'healthAlertCleared'];

/**
 * Tells events how many deliveries about the occurrence of `deliveryId` stand failed now (after one failed
 * for good, or was resent), so its health checks see failed deliveries without reading these tables.
 * Runs in the caller's transaction when it has one, else in one of its own.
 */
export async function reportDeliveryFailures(em: EntityManager, outbox: Outbox, deliveryId: string, now: Date): Promise<void> {
  const report = async (tx: EntityManager) => {
    const schema = tx.config.get('schema') as string;
    const run = (sql: string, params: unknown[]) => tx.getConnection().execute(sql, params, 'all', tx.getTransactionContext());
    const [about] = await run(
      `select n."payload"->'occurrence'->>'occurrenceId' as "occurrenceId"
         from "${schema}"."delivery" d join "${schema}"."notification" n on n."id" = d."notification_id" where d."id" = ?`,
      [deliveryId],
    );
    if (!about?.occurrenceId) return;
    const [{ failed }] = await run(
      `select count(*)::int as "failed"
         from "${schema}"."delivery" d join "${schema}"."notification" n on n."id" = d."notification_id"
        where d."status" = 'failed' and d."kind" not in (${NOT_COUNTED.map(() => '?').join(', ')})
          and n."payload"->'occurrence'->>'occurrenceId' = ?`,
      [...NOT_COUNTED, about.occurrenceId],
    );
    outbox.publish(tx, 'occurrence.deliveries-failed', { occurrenceId: about.occurrenceId, failed, countedAt: now.toISOString() });
    await tx.flush();
  };
  if (em.isInTransaction()) return report(em);
  await em.fork().transactional(report);
}
