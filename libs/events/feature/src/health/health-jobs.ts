import type { EntityManager } from '@mikro-orm/postgresql';
import { healthCheckJobId } from '@cercle/contracts';
import { healthCheckTimes, healthSettingsOf } from '@cercle/events-domain';
import type { Outbox } from '@cercle/platform';
import type { Occurrence } from '../entities/occurrence.entity';
import type { Series } from '../entities/series.entity';

/**
 * How long a change of facts waits before the checks run. Facts often change in bursts (membership records
 * a `no` and promotes someone from the waiting list in one go, as two messages): evaluating once after the
 * burst keeps an alert from flashing up and clearing on a state that only lasted between two messages.
 */
export const HEALTH_SETTLE_MS = 3000;

/** Evaluates the occurrence's health checks at each moment a timed check starts to apply. */
export function scheduleHealthChecks(outbox: Outbox, em: EntityManager, series: Series, occurrence: Occurrence): void {
  for (const at of healthCheckTimes(healthSettingsOf(series.healthChecks), occurrence.startsAt)) {
    outbox.publish(
      em,
      'health.check-due',
      { occurrenceId: occurrence.id },
      { jobId: healthCheckJobId(occurrence.id, at), availableAt: at },
    );
  }
}

/**
 * Evaluates the checks shortly after a fact changed (a registration, the team, a contribution, a failed
 * delivery, a step). Changes within one settling window share the job id, so they evaluate once.
 */
export function checkHealthSoon(outbox: Outbox, em: EntityManager, occurrenceId: string, now: Date): void {
  const at = new Date(Math.ceil((now.getTime() + 1) / HEALTH_SETTLE_MS) * HEALTH_SETTLE_MS);
  outbox.publish(em, 'health.check-due', { occurrenceId }, { jobId: healthCheckJobId(occurrenceId, at), availableAt: at });
}
