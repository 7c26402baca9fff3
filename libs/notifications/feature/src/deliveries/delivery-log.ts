import type { EntityManager } from '@mikro-orm/postgresql';
import type { DeliveryProgress } from '../entities/delivery.entity';

// Provider answers and errors are kept for organisers to read; a proxy's error page can be long.
const MAX_TEXT = 2000;
const cut = (text: string) => (text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT)}…` : text);

/**
 * Writes to the delivery log. Every change of status applies only to a `pending` row, so a late
 * retry or a duplicate job can never turn a `sent` delivery back into anything else.
 */
export class DeliveryLog {
  constructor(private readonly em: EntityManager) {}

  private rows(id: string) {
    const schema = this.em.config.get('schema') as string;
    return this.em.getKnex()('delivery').withSchema(schema).where({ id, status: 'pending' });
  }

  private increment() {
    return this.em.getKnex().raw('"attempts" + 1');
  }

  /** Once per email of a fan-out: one fixed statement, without the query builder's cost per call. */
  async markSent(id: string, providerAnswer: string, now: Date): Promise<void> {
    const schema = this.em.config.get('schema') as string;
    await this.em
      .getConnection()
      .execute(
        `update "${schema}"."delivery" set "status" = 'sent', "attempts" = "attempts" + 1, "provider_answer" = ?, "sent_at" = ?, "last_error" = null where "id" = ? and "status" = 'pending'`,
        [cut(providerAnswer), now, id],
        'run',
      );
  }

  async markSkipped(id: string, reason: string): Promise<void> {
    await this.rows(id).update({ status: 'skipped', last_error: reason });
  }

  /** The same reason for several rows at once (a group whose occurrence was cancelled since). */
  async markManySkipped(ids: readonly string[], reason: string): Promise<void> {
    if (!ids.length) return;
    const schema = this.em.config.get('schema') as string;
    await this.em
      .getKnex()('delivery')
      .withSchema(schema)
      .whereIn('id', ids)
      .where({ status: 'pending' })
      .update({ status: 'skipped', last_error: reason });
  }

  /** A group's job gave up: whatever of it is still pending becomes `failed`, where organisers look. */
  async failPending(ids: readonly string[], error: string): Promise<void> {
    const schema = this.em.config.get('schema') as string;
    await this.em
      .getKnex()('delivery')
      .withSchema(schema)
      .whereIn('id', ids)
      .where({ status: 'pending' })
      .update({ status: 'failed', last_error: cut(error) });
  }

  /** A permanent refusal, or the last retry spent: organisers see it in GET /deliveries?status=failed. */
  async markFailed(id: string, error: string, providerAnswer: string | null, countAttempt: boolean): Promise<void> {
    await this.rows(id).update({
      status: 'failed',
      last_error: cut(error),
      ...(providerAnswer !== null ? { provider_answer: cut(providerAnswer) } : {}),
      ...(countAttempt ? { attempts: this.increment() } : {}),
    });
  }

  /** A transient failure: the row stays pending and BullMQ retries the job. */
  async recordAttemptError(id: string, error: string, providerAnswer: string | null): Promise<void> {
    await this.rows(id).update({
      attempts: this.increment(),
      last_error: cut(error),
      ...(providerAnswer !== null ? { provider_answer: cut(providerAnswer) } : {}),
    });
  }

  /** Saved after each post of a multi-post delivery, before the next one is attempted. */
  async saveProgress(id: string, progress: DeliveryProgress): Promise<void> {
    await this.rows(id).update({ progress: JSON.stringify(progress) });
  }
}
