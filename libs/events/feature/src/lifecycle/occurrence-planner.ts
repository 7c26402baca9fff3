import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { lifecycleStepJobId } from '@cercle/contracts';
import { completeStep, createOccurrenceState, nextOccurrence, scheduleSteps } from '@cercle/events-domain';
import { Outbox } from '@cercle/platform';
import { CLOCK, Clock } from '../clock';
import { Occurrence } from '../entities/occurrence.entity';
import { OccurrenceStep } from '../entities/occurrence-step.entity';
import type { Series } from '../entities/series.entity';
import { occurrenceFacts, recurrenceOf } from './occurrence-facts';
import { occurrenceChangedPayload } from './occurrence-messages';

export interface PlannedRoles {
  theme: string | null;
  guideMemberId: string | null;
  contributorMemberIds: string[];
}

export type PlanResult =
  | { kind: 'planned'; occurrence: Occurrence }
  | { kind: 'already-planned'; occurrence: Occurrence }
  | { kind: 'series-ended' };

/**
 * The `plan` step: materialises the series' next occurrence after a given instant, with its roles and its
 * timeline, and schedules every other step as a delayed job with a deterministic id. Writes into the
 * caller's transaction, so the occurrence, its steps and its messages commit together or not at all.
 */
@Injectable()
export class OccurrencePlanner {
  constructor(
    private readonly outbox: Outbox,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async planAfter(em: EntityManager, series: Series, after: Date, roles: PlannedRoles): Promise<PlanResult> {
    const next = nextOccurrence(recurrenceOf(series), after);
    if (!next) return { kind: 'series-ended' };
    const existing = await em.findOne(Occurrence, { seriesId: series.id, key: next.key });
    if (existing) return { kind: 'already-planned', occurrence: existing };

    const now = this.clock.now();
    const schedule = scheduleSteps(next, series.stepOffsets);
    const { state } = completeStep(createOccurrenceState(next), 'plan', now);
    const occurrence = em.create(Occurrence, {
      id: randomUUID(),
      seriesId: series.id,
      key: next.key,
      startsAt: next.startsAt,
      endsAt: next.endsAt,
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
      if (!planned) {
        this.outbox.publish(
          em,
          'lifecycle.step-due',
          { occurrenceId: occurrence.id, step },
          { jobId: lifecycleStepJobId(occurrence.id, step), availableAt: dueAt },
        );
      }
    }
    this.outbox.publish(em, 'occurrence.changed', occurrenceChangedPayload(occurrenceFacts(series, occurrence)));
    return { kind: 'planned', occurrence };
  }
}
