import type { OccurrenceStatus } from '../lifecycle/occurrence-state';
import type { PrepItem } from '../roles/readiness';
import { HEALTH_CHECKS, type HealthCheck, type HealthSettings, withinDays } from './health-settings';

/** What one evaluation knows of an occurrence. `at` is where the occurrence stands in its lifecycle (see lifecyclePoint). */
export interface HealthFacts {
  at: Date;
  startsAt: Date;
  status: OccurrenceStatus;
  /** Whether the format has a guide at all (an open forum has none). */
  formatHasGuide: boolean;
  guideMemberId: string | null;
  contributors: Array<{ memberId: string; missing: PrepItem[] }>;
  capacity: number | null;
  /** `yes` answers holding a place, and waiting for one. */
  confirmed: number;
  waitlisted: number;
  /** Deliveries about the occurrence that failed for good and were not resent, as notifications last counted. */
  failedDeliveries: number;
}

/** A condition found true, with the numbers its message shows. */
export interface HealthFinding {
  check: HealthCheck;
  detail: {
    /** People concerned (contributors not ready), by member id: alerts keep no names. */
    memberIds?: string[];
    count?: number;
    threshold?: number;
    capacity?: number;
    /** Places still free while people wait. */
    free?: number;
  };
}

/** Before it starts: afterwards there is nothing left to prevent, and alerts close silently. */
export function isLive(status: OccurrenceStatus): boolean {
  return status === 'planned' || status === 'open' || status === 'closed';
}

/**
 * Where an occurrence stands in its lifecycle: now, or later when an organiser ran steps ahead of time
 * ("run the next step now"): checks due at that point apply then, as they would have on schedule.
 */
export function lifecyclePoint(now: Date, stepsRunDueAt: Date[]): Date {
  return new Date(Math.max(now.getTime(), ...stepsRunDueAt.map((d) => d.getTime())));
}

type Evaluate = (settings: HealthSettings, facts: HealthFacts) => HealthFinding | null;

const evaluators: Record<HealthCheck, Evaluate> = {
  noGuide: ({ noGuide }, f) =>
    noGuide.enabled && f.formatHasGuide && !f.guideMemberId && withinDays(f.at, f.startsAt, noGuide.daysBefore)
      ? { check: 'noGuide', detail: { threshold: noGuide.daysBefore } }
      : null,
  contributorNotReady: ({ contributorNotReady }, f) => {
    const late = f.contributors.filter((c) => c.missing.length > 0);
    return contributorNotReady.enabled && late.length > 0 && withinDays(f.at, f.startsAt, contributorNotReady.daysBefore)
      ? {
          check: 'contributorNotReady',
          detail: { memberIds: late.map((c) => c.memberId), count: late.length, threshold: contributorNotReady.daysBefore },
        }
      : null;
  },
  lowRegistrations: ({ lowRegistrations }, f) => {
    if (!lowRegistrations.enabled || f.capacity === null || !withinDays(f.at, f.startsAt, lowRegistrations.daysBefore)) return null;
    const needed = Math.ceil(f.capacity * lowRegistrations.minShare);
    return f.confirmed < needed
      ? { check: 'lowRegistrations', detail: { count: f.confirmed, threshold: needed, capacity: f.capacity } }
      : null;
  },
  waitingListWhileFree: ({ waitingListWhileFree }, f) =>
    waitingListWhileFree.enabled && f.capacity !== null && f.waitlisted > 0 && f.confirmed < f.capacity
      ? { check: 'waitingListWhileFree', detail: { count: f.waitlisted, free: f.capacity - f.confirmed } }
      : null,
  failedDeliveries: ({ failedDeliveries }, f) =>
    failedDeliveries.enabled && f.failedDeliveries >= failedDeliveries.atLeast
      ? { check: 'failedDeliveries', detail: { count: f.failedDeliveries, threshold: failedDeliveries.atLeast } }
      : null,
};

/** Every condition true now, in the order of HEALTH_CHECKS; none once the occurrence is over or cancelled. */
export function findProblems(settings: HealthSettings, facts: HealthFacts): HealthFinding[] {
  if (!isLive(facts.status)) return [];
  return HEALTH_CHECKS.map((check) => evaluators[check](settings, facts)).filter((f): f is HealthFinding => f !== null);
}

export interface AlertChanges {
  /** Conditions found with no alert raised for them: raise one each, and tell people. */
  raise: HealthFinding[];
  /** Raised alerts whose condition is gone: clear each. */
  clear: HealthCheck[];
  /** Whether clearing is worth a message: not once the occurrence is over or cancelled. */
  tellCleared: boolean;
}

/** From the checks with an alert raised and what is true now: what to raise and what to clear, each once. */
export function alertChanges(raised: readonly HealthCheck[], findings: readonly HealthFinding[], status: OccurrenceStatus): AlertChanges {
  const found = new Set(findings.map((f) => f.check));
  return {
    raise: findings.filter((f) => !raised.includes(f.check)),
    clear: HEALTH_CHECKS.filter((check) => raised.includes(check) && !found.has(check)),
    tellCleared: isLive(status),
  };
}
