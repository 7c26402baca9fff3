import { Inject, Injectable } from '@nestjs/common';
import { LockMode } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { completeStep, nextPendingStep, skipStep, STEP_NAMES, StepName } from '@cercle/events-domain';
import { Outbox, CLOCK, Clock, conflict, notFound } from '@cercle/platform';
import { Occurrence } from '../entities/occurrence.entity';
import { OccurrenceStep } from '../entities/occurrence-step.entity';
import { Series } from '../entities/series.entity';
import { rolesForMessages } from '../roles/people-notifications';
import { snapshotTopics } from '../topics/topic-list';
import { checkHealthSoon } from '../health/health-jobs';
import { OccurrencePlanner } from './occurrence-planner';
import { stateOf } from './occurrence-state-of';
import { StepContext, stepEffects } from './step-effects';

export interface StepRun {
  step: StepName;
  state: 'done' | 'skipped';
  outcome: string;
}

/**
 * Runs lifecycle steps, for the delayed jobs and for the organiser's "run the next step now" alike. Each
 * run locks the occurrence row, so a job and an organiser racing on the same step serialise, and the loser
 * finds the step done and does nothing: a step's messages are written at most once.
 */
@Injectable()
export class LifecycleService {
  constructor(
    private readonly em: EntityManager,
    private readonly outbox: Outbox,
    private readonly planner: OccurrencePlanner,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /**
   * Runs `target` and any earlier step still pending, in order, inside the caller's transaction `em` (the
   * queue consumer's, which also records the message id). A step already done or skipped, or a cancelled
   * occurrence, runs nothing and returns []. `dueAt` is the due time the job was scheduled for: a job left
   * behind by a reschedule (its step now due at another time) runs nothing either.
   */
  async runStep(em: EntityManager, occurrenceId: string, target: StepName, dueAt?: string): Promise<StepRun[]> {
    const occurrence = await em.findOne(Occurrence, { id: occurrenceId }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
    if (!occurrence) throw notFound('occurrence', occurrenceId);
    if (occurrence.status === 'cancelled') return [];
    const rows = new Map((await em.find(OccurrenceStep, { occurrenceId }, { refresh: true })).map((row) => [row.step, row]));
    const targetRow = rows.get(target);
    if (targetRow?.state !== 'pending') return [];
    if (dueAt !== undefined && targetRow.dueAt.getTime() !== Date.parse(dueAt)) return [];
    const series = await em.findOneOrFail(Series, { id: occurrence.seriesId });

    const now = this.clock.now();
    const ctx = await this.contextFor(em, series, occurrence);
    let state = stateOf(occurrence, rows);
    const runs: StepRun[] = [];
    for (const step of STEP_NAMES.slice(0, STEP_NAMES.indexOf(target) + 1)) {
      const row = rows.get(step);
      if (!row || row.state !== 'pending') continue;
      const effect = stepEffects[step];
      const skipReason = await effect.skipReason(ctx);
      if (skipReason) {
        state = skipStep(state, step, now).state;
        Object.assign(row, { state: 'skipped', doneAt: now, outcome: skipReason });
      } else {
        state = completeStep(state, step, now).state;
        // The status moves before the effect runs, so the messages it writes carry the new status.
        occurrence.status = state.status;
        Object.assign(row, { state: 'done', doneAt: now, outcome: await effect.run(ctx) });
      }
      runs.push({ step, state: row.state as StepRun['state'], outcome: row.outcome ?? '' });
    }
    // A step moves the occurrence along its lifecycle: checks due by then apply, and alerts close once it is held.
    if (runs.length) checkHealthSoon(this.outbox, em, occurrenceId, now);
    await em.flush();
    return runs;
  }

  /** The organiser's "run the next step now", in a transaction of its own. */
  async advance(occurrenceId: string): Promise<StepRun[]> {
    return this.em.fork().transactional(async (em) => {
      const occurrence = await em.findOne(Occurrence, { id: occurrenceId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!occurrence) throw notFound('occurrence', occurrenceId);
      if (occurrence.status === 'cancelled') throw conflict('occurrence-cancelled', 'This occurrence is cancelled: no step can run.');
      const rows = new Map((await em.find(OccurrenceStep, { occurrenceId })).map((row) => [row.step, row]));
      const next = nextPendingStep(stateOf(occurrence, rows).steps);
      if (!next) throw conflict('nothing-pending', 'Every step of this occurrence has already run.');
      return this.runStep(em, occurrenceId, next);
    });
  }

  /** What a step (or an organiser's change that tells people) may use on one locked occurrence. */
  async contextFor(em: EntityManager, series: Series, occurrence: Occurrence): Promise<StepContext> {
    return {
      em,
      series,
      occurrence,
      publish: (name, payload) => this.outbox.publish(em, name, payload),
      planNext: () => this.planNext(em, series, occurrence),
      topUpHorizon: async () => (await this.planner.topUpHorizon(em, series)).length,
      topics: await snapshotTopics(em, occurrence.id),
      roles: await rolesForMessages(em, occurrence),
    };
  }

  /**
   * Idempotent: the occurrence after this one (exceptions respected) is planned if it is not yet. The rolling
   * horizon has usually planned it already, without roles: the roles recorded here are then carried onto it,
   * unless it is over or cancelled.
   */
  private async planNext(em: EntityManager, series: Series, occurrence: Occurrence): Promise<string> {
    const roles = {
      theme: occurrence.nextTheme,
      guideMemberId: occurrence.nextGuideMemberId,
      contributorMemberIds: occurrence.nextContributorMemberIds,
    };
    const result = await this.planner.planNextAfter(em, series, occurrence, roles);
    if (result.kind === 'series-ended') return 'no further occurrence in the series';
    const next = result.occurrence;
    if (result.kind === 'planned') return `next occurrence planned: ${next.id} (${next.key})`;
    if (occurrence.nextRolesRecordedAt && ['planned', 'open', 'closed'].includes(next.status)) Object.assign(next, roles);
    return `next occurrence already planned: ${next.id} (${next.key})`;
  }
}
