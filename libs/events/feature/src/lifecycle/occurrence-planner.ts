import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  completeStep,
  createOccurrenceState,
  nextOccurrence,
  occurrenceAfter,
  type Occurrence as PlannedTimes,
  planningHorizon,
  scheduleSteps,
} from '@cercle/events-domain';
import { Outbox, CLOCK, Clock } from '@cercle/platform';
import { Occurrence } from '../entities/occurrence.entity';
import { OccurrenceStep } from '../entities/occurrence-step.entity';
import type { Series } from '../entities/series.entity';
import { occurrenceFacts, recurrenceOf } from './occurrence-facts';
import { occurrenceChangedPayload } from './occurrence-messages';
import { StepJobs } from './step-jobs';

export interface PlannedRoles {
  theme: string | null;
  guideMemberId: string | null;
  contributorMemberIds: string[];
}

const NO_ROLES: PlannedRoles = { theme: null, guideMemberId: null, contributorMemberIds: [] };

export type PlanResult =
  { kind: 'planned'; occurrence: Occurrence } | { kind: 'already-planned'; occurrence: Occurrence } | { kind: 'series-ended' };

/**
 * The `plan` step: materialises occurrences of a series with their roles and timeline, and schedules every
 * other step as a delayed job with a deterministic id. Writes into the caller's transaction, so an occurrence,
 * its steps and its messages commit together or not at all. Planning is idempotent through the unique
 * (series, key): an occurrence that exists (even cancelled) is never planned again.
 */
@Injectable()
export class OccurrencePlanner {
  constructor(
    private readonly outbox: Outbox,
    private readonly jobs: StepJobs,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** The series' first occurrence after `after`. */
  async planAfter(em: EntityManager, series: Series, after: Date, roles: PlannedRoles): Promise<PlanResult> {
    return this.ensure(em, series, nextOccurrence(recurrenceOf(series), after), roles);
  }

  /** The occurrence that follows `current` in the series (exceptions respected), planned if it is not yet. */
  async planNextAfter(em: EntityManager, series: Series, current: Occurrence, roles: PlannedRoles): Promise<PlanResult> {
    return this.ensure(em, series, occurrenceAfter(recurrenceOf(series), current), roles);
  }

  /**
   * Keeps the rolling horizon: the series' next `horizonOccurrences` occurrences after now are planned.
   * Returns the ones it planned (none when the horizon is already full).
   */
  async topUpHorizon(em: EntityManager, series: Series): Promise<Occurrence[]> {
    const wanted = planningHorizon(recurrenceOf(series), this.clock.now(), series.horizonOccurrences);
    if (!wanted.length) return [];
    await em.flush(); // occurrences created earlier in this transaction must count as existing
    await lockPlanning(em, series.id);
    const existing = new Set(
      (await em.find(Occurrence, { seriesId: series.id, key: { $in: wanted.map((o) => o.key) } })).map((o) => o.key),
    );
    const planned: Occurrence[] = [];
    for (const times of wanted) if (!existing.has(times.key)) planned.push(this.create(em, series, times, NO_ROLES));
    return planned;
  }

  private async ensure(em: EntityManager, series: Series, next: PlannedTimes | null, roles: PlannedRoles): Promise<PlanResult> {
    if (!next) return { kind: 'series-ended' };
    await lockPlanning(em, series.id);
    const existing = await em.findOne(Occurrence, { seriesId: series.id, key: next.key });
    if (existing) return { kind: 'already-planned', occurrence: existing };
    return { kind: 'planned', occurrence: this.create(em, series, next, roles) };
  }

  private create(em: EntityManager, series: Series, next: PlannedTimes, roles: PlannedRoles): Occurrence {
    const now = this.clock.now();
    const schedule = scheduleSteps(next, series.stepOffsets);
    const { state } = completeStep(createOccurrenceState(next), 'plan', now);
    const occurrence = em.create(Occurrence, {
      id: randomUUID(),
      seriesId: series.id,
      key: next.key,
      startsAt: next.startsAt,
      endsAt: next.endsAt,
      title: series.title,
      location: series.location,
      capacity: series.capacity,
      calendarSequence: 0,
      previousStartsAt: null,
      cancellationReason: null,
      registrationClosesAt: schedule.find(({ step }) => step === 'closeRegistration')?.dueAt ?? null,
      scheduleRevision: 0,
      status: state.status,
      theme: roles.theme,
      guideMemberId: roles.guideMemberId,
      contributorMemberIds: roles.contributorMemberIds,
      nextRolesRecordedAt: null,
      nextTheme: null,
      nextGuideMemberId: null,
      nextContributorMemberIds: [],
      createdAt: now,
    });
    for (const { step, dueAt } of schedule) {
      const planned = step === 'plan';
      em.create(OccurrenceStep, {
        occurrenceId: occurrence.id,
        step,
        dueAt,
        state: planned ? 'done' : 'pending',
        doneAt: planned ? now : null,
        outcome: planned ? `occurrence planned (${next.key})` : null,
      });
    }
    this.jobs.schedule(
      em,
      series,
      occurrence,
      schedule.filter(({ step }) => step !== 'plan'),
    );
    this.outbox.publish(em, 'occurrence.changed', occurrenceChangedPayload(occurrenceFacts(series, occurrence)));
    return occurrence;
  }
}

/**
 * Plannings of one series take turns until their transaction ends: two at the same instant (a `hold` job and
 * an organiser's edit) would otherwise both see an occurrence missing and collide on the unique (series, key).
 */
async function lockPlanning(em: EntityManager, seriesId: string): Promise<void> {
  await em.getConnection().execute(`select pg_advisory_xact_lock(hashtext(?))`, [`plan:${seriesId}`], 'all', em.getTransactionContext());
}
