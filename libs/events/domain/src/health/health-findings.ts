import type { OccurrenceStatus } from '../lifecycle/occurrence-state';
import type { PrepItem } from '../roles/readiness';
import { HEALTH_CHECKS, type HealthCheck, type HealthSettings, withinDays } from './health-settings';

/** What one evaluation knows of an occurrence. `at` is where the occurrence stands in its lifecycle (see lifecyclePoint). */
export interface HealthFacts {
  at: Date;
  /** The real time: registrations arrive in it, whatever steps an organiser ran ahead of time. */
  now: Date;
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

/**
 * What one check says of an occurrence: a condition found; `fine` when it applies and nothing is wrong (a
 * raised alert was really resolved); `outOfScope` when it does not apply (turned off, outside its window,
 * not the right stage): a raised alert is then withdrawn without saying anything was fixed.
 */
export type Verdict = HealthFinding | 'fine' | 'outOfScope';

type Evaluate = (settings: HealthSettings, facts: HealthFacts) => Verdict;

const verdict = (inScope: boolean, finding: HealthFinding | null): Verdict => (!inScope ? 'outOfScope' : (finding ?? 'fine'));

const evaluators: Record<HealthCheck, Evaluate> = {
  noGuide: ({ noGuide }, f) =>
    verdict(
      noGuide.enabled && f.formatHasGuide && withinDays(f.at, f.startsAt, noGuide.daysBefore),
      f.guideMemberId ? null : { check: 'noGuide', detail: { threshold: noGuide.daysBefore } },
    ),
  contributorNotReady: ({ contributorNotReady }, f) => {
    const late = f.contributors.filter((c) => c.missing.length > 0);
    return verdict(
      contributorNotReady.enabled && withinDays(f.at, f.startsAt, contributorNotReady.daysBefore),
      late.length === 0
        ? null
        : {
            check: 'contributorNotReady',
            detail: { memberIds: late.map((c) => c.memberId), count: late.length, threshold: contributorNotReady.daysBefore },
          },
    );
  },
  // Only while registration is open, and counted from the real time: before the announcement nobody can
  // register, after the close nobody more can, and steps run ahead of time give people no more days to answer.
  lowRegistrations: ({ lowRegistrations }, f) => {
    const inScope =
      lowRegistrations.enabled && f.status === 'open' && f.capacity !== null && withinDays(f.now, f.startsAt, lowRegistrations.daysBefore);
    const needed = Math.ceil((f.capacity ?? 0) * lowRegistrations.minShare);
    return verdict(
      inScope,
      f.confirmed < needed
        ? { check: 'lowRegistrations', detail: { count: f.confirmed, threshold: needed, capacity: f.capacity ?? 0 } }
        : null,
    );
  },
  waitingListWhileFree: ({ waitingListWhileFree }, f) =>
    verdict(
      waitingListWhileFree.enabled && f.capacity !== null,
      f.capacity !== null && f.waitlisted > 0 && f.confirmed < f.capacity
        ? { check: 'waitingListWhileFree', detail: { count: f.waitlisted, free: f.capacity - f.confirmed } }
        : null,
    ),
  failedDeliveries: ({ failedDeliveries }, f) =>
    verdict(
      failedDeliveries.enabled,
      f.failedDeliveries >= failedDeliveries.atLeast
        ? { check: 'failedDeliveries', detail: { count: f.failedDeliveries, threshold: failedDeliveries.atLeast } }
        : null,
    ),
};

/** What each check says now; every check is out of scope once the occurrence is over or cancelled. */
export function checkVerdicts(settings: HealthSettings, facts: HealthFacts): Record<HealthCheck, Verdict> {
  const live = isLive(facts.status);
  return Object.fromEntries(HEALTH_CHECKS.map((check) => [check, live ? evaluators[check](settings, facts) : 'outOfScope'])) as Record<
    HealthCheck,
    Verdict
  >;
}

/** Every condition true now, in the order of HEALTH_CHECKS; none once the occurrence is over or cancelled. */
export function findProblems(settings: HealthSettings, facts: HealthFacts): HealthFinding[] {
  const verdicts = checkVerdicts(settings, facts);
  return HEALTH_CHECKS.map((check) => verdicts[check]).filter((v): v is HealthFinding => typeof v !== 'string');
}

export interface AlertChanges {
  /** Conditions found with no alert raised for them: raise one each, and tell people. */
  raise: HealthFinding[];
  /** Raised alerts whose condition was really resolved: clear each, and tell those who were told of it. */
  clear: HealthCheck[];
  /**
   * Raised alerts whose check no longer applies (turned off, window narrowed, stage passed, occurrence over):
   * closed without a message, since nothing was fixed and « réglé » would be untrue.
   */
  withdraw: HealthCheck[];
}

/** From the checks with an alert raised and what each check says now: what to raise, clear and withdraw, each once. */
export function alertChanges(raised: readonly HealthCheck[], verdicts: Readonly<Record<HealthCheck, Verdict>>): AlertChanges {
  const open = HEALTH_CHECKS.filter((check) => raised.includes(check));
  return {
    raise: HEALTH_CHECKS.filter((check) => !raised.includes(check))
      .map((check) => verdicts[check])
      .filter((v): v is HealthFinding => typeof v !== 'string'),
    clear: open.filter((check) => verdicts[check] === 'fine'),
    withdraw: open.filter((check) => verdicts[check] === 'outOfScope'),
  };
}
