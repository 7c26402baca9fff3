import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Makes the caller's transaction wait for any other transaction that took a turn on the same key, until
 * it commits (a transaction-scoped advisory lock). For read-then-write steps that two consumers or two
 * requests can run at once on one thing: two versions of one copy, two answers of one registration.
 */
export async function takeTurn(em: EntityManager, key: string): Promise<void> {
  await em.getConnection().execute(`select pg_advisory_xact_lock(hashtext(?))`, [key], 'get', em.getTransactionContext());
}

/**
 * Whether a message that happened at `occurredAt` is newer than the copy kept (last changed at
 * `keptAt`, undefined when there is none). Messages can arrive out of order after retries, and an older
 * version must never overwrite a newer one; the caller takes its turn on the copy first.
 */
export function isNewerThanKept(occurredAt: Date, keptAt: Date | null | undefined): boolean {
  return !keptAt || keptAt <= occurredAt;
}
