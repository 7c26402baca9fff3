import { Inject, Injectable } from '@nestjs/common';
import { LockMode } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import {
  assertDurationFitsAgenda,
  cancel,
  exactLocalTime,
  formatLocalStart,
  producesDate,
  recipientsOf,
  reschedule,
  type ScheduledStep,
  StepName,
  withException,
} from '@cercle/events-domain';
import { Occurrence } from '../entities/occurrence.entity';
import { OccurrenceStep } from '../entities/occurrence-step.entity';
import { Series } from '../entities/series.entity';
import { LifecycleService } from '../lifecycle/lifecycle.service';
import { formatOf, occurrenceFacts, recurrenceOf } from '../lifecycle/occurrence-facts';
import { occurrenceChangedPayload } from '../lifecycle/occurrence-messages';
import { stateOf } from '../lifecycle/occurrence-state-of';
import { audienceOf } from '../lifecycle/audience';
import { audienceFacts } from '../roles/audience-facts';
import { requestNotification, type StepContext } from '../lifecycle/step-context';
import { StaleJobs, StepJobs } from '../lifecycle/step-jobs';
import type { RescheduleBody } from './occurrences.schemas';
import { CLOCK, Clock, UseCaseError, notFound } from '@cercle/platform';

export interface ChangeResult {
  occurrenceId: string;
  /** Whom the change was told to: nobody before the announcement, else the calendar holders, the registrants and the channel. */
  told: string;
  stale: StaleJobs | null;
  /**
   * What the organiser should know: each step whose new due time had already passed, which ran at once
   * (done or skipped) before anyone was told of the change.
   */
  warnings: string[];
}

/**
 * An organiser moves or cancels one occurrence. The timeline, the calendar revision, the step jobs and the
 * messages change in one transaction; the old jobs are removed after the commit (see StepJobs). The same
 * moves serve series edits and exceptions, in their caller's transaction.
 */
@Injectable()
export class OccurrenceChanges {
  constructor(
    private readonly em: EntityManager,
    private readonly lifecycle: LifecycleService,
    private readonly jobs: StepJobs,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async reschedule(occurrenceId: string, body: RescheduleBody): Promise<ChangeResult> {
    const result = await this.em.fork().transactional(async (em) => {
      const { occurrence, series } = await this.locked(em, occurrenceId);
      // A local time the series' clocks skip or show twice is refused; `startsAt` with an offset is always exact.
      const startsAt = body.startsAt ? new Date(body.startsAt) : exactLocalTime(body.localStart as string, series.timeZone);
      if (startsAt <= this.clock.now()) throw new UseCaseError('start-not-in-future', 400, 'The new start must be in the future.');
      // A new duration must hold the format's agenda, else the programme would run past the end.
      if (body.durationMinutes !== undefined) assertDurationFitsAgenda(formatOf(series), body.durationMinutes);
      const durationMs =
        body.durationMinutes !== undefined ? body.durationMinutes * 60_000 : occurrence.endsAt.getTime() - occurrence.startsAt.getTime();
      await this.assertSlotFree(em, occurrence, startsAt, new Date(startsAt.getTime() + durationMs));
      // Recorded as an exception too, so that a later series edit or horizon top-up keeps the new time.
      if (producesDate(recurrenceOf(series), occurrence.key)) {
        const rule = withException(recurrenceOf(series), {
          type: 'move',
          date: occurrence.key,
          newLocalStart: formatLocalStart(startsAt, series.timeZone),
        });
        series.movedOccurrences = rule.movedOccurrences;
        series.skippedDates = rule.skippedDates;
      }
      return this.moveIn(em, series, occurrence, startsAt, new Date(startsAt.getTime() + durationMs));
    });
    await this.jobs.remove(result.stale);
    return result;
  }

  /** Two sessions of one series at the same time would split its members: the other one moves or goes first. */
  private async assertSlotFree(em: EntityManager, occurrence: Occurrence, startsAt: Date, endsAt: Date): Promise<void> {
    const other = await em.findOne(Occurrence, {
      seriesId: occurrence.seriesId,
      id: { $ne: occurrence.id },
      status: { $ne: 'cancelled' },
      startsAt: { $lt: endsAt },
      endsAt: { $gt: startsAt },
    });
    if (!other) return;
    throw new UseCaseError(
      'occurrence-overlap',
      409,
      `Another session of this series takes place then (${other.startsAt.toISOString()}): move or cancel it first.`,
    );
  }

  async cancel(occurrenceId: string, reason: string): Promise<ChangeResult> {
    const result = await this.em.fork().transactional(async (em) => {
      const { occurrence, series } = await this.locked(em, occurrenceId);
      return this.cancelIn(em, series, occurrence, reason);
    });
    await this.jobs.remove(result.stale);
    return result;
  }

  /**
   * Moves a locked occurrence: pending steps get new due times and new jobs; who was told is told again.
   * Steps whose new due time has already passed run now, in this transaction and before the change is
   * told, so that what people read agrees with the state (registration closed once its step's time has
   * passed, no invitation to change an answer that can no longer change); each one is listed in `warnings`.
   */
  async moveIn(em: EntityManager, series: Series, occurrence: Occurrence, startsAt: Date, endsAt: Date): Promise<ChangeResult> {
    const rows = await this.rows(em, occurrence.id);
    const { pendingSteps } = reschedule(stateOf(occurrence, rows), startsAt, endsAt, series.stepOffsets);
    const stale: StaleJobs = {
      occurrenceId: occurrence.id,
      revision: occurrence.scheduleRevision,
      steps: pendingSteps.map(({ step }) => step),
    };
    const announced = rows.get('announce')?.state === 'done';
    Object.assign(occurrence, {
      previousStartsAt: occurrence.startsAt,
      startsAt,
      endsAt,
      calendarSequence: occurrence.calendarSequence + 1,
      scheduleRevision: occurrence.scheduleRevision + 1,
    });
    for (const { step, dueAt } of pendingSteps) {
      (rows.get(step) as OccurrenceStep).dueAt = dueAt;
      if (step === 'closeRegistration') occurrence.registrationClosesAt = dueAt;
    }
    const now = this.clock.now();
    const overdue = pendingSteps.filter(({ dueAt }) => dueAt.getTime() <= now.getTime());
    this.jobs.schedule(
      em,
      series,
      occurrence,
      pendingSteps.filter((scheduled) => !overdue.includes(scheduled)),
    );
    const warnings = await this.runOverdue(em, occurrence, overdue);
    const ctx = await this.lifecycle.contextFor(em, series, occurrence);
    ctx.publish('occurrence.changed', occurrenceChangedPayload(occurrenceFacts(series, occurrence)));
    // Not announced before: the announcement that just ran (or will run) carries the new date itself.
    const told = announced ? await this.tell(ctx, 'reschedule') : 'nobody (not announced yet)';
    return { occurrenceId: occurrence.id, told, stale, warnings };
  }

  /** Runs the overdue steps in lifecycle order (runStep reloads the rows: what was changed is flushed first). */
  private async runOverdue(em: EntityManager, occurrence: Occurrence, overdue: ScheduledStep[]): Promise<string[]> {
    const last = overdue.at(-1);
    if (!last) return [];
    await em.flush();
    const dueAt = new Map(overdue.map(({ step, dueAt: at }) => [step, at]));
    const runs = await this.lifecycle.runStep(em, occurrence.id, last.step);
    return runs.map(({ step, state, outcome }) => {
      const due = dueAt.get(step)?.toISOString() ?? 'earlier';
      return `${step} was due ${due}, already past at the new date: it ran at once (${state}: ${outcome})`;
    });
  }

  /** Cancels a locked occurrence: pending steps stop (marked skipped), who was told is told again. */
  async cancelIn(em: EntityManager, series: Series, occurrence: Occurrence, reason: string): Promise<ChangeResult> {
    const rows = await this.rows(em, occurrence.id);
    const { stoppedSteps, alreadyCancelled } = cancel(stateOf(occurrence, rows));
    if (alreadyCancelled) return { occurrenceId: occurrence.id, told: 'nobody (already cancelled)', stale: null, warnings: [] };
    const announced = rows.get('announce')?.state === 'done';
    for (const step of stoppedSteps)
      Object.assign(rows.get(step) as OccurrenceStep, { state: 'skipped', doneAt: null, outcome: 'stopped: occurrence cancelled' });
    Object.assign(occurrence, { status: 'cancelled', cancellationReason: reason, calendarSequence: occurrence.calendarSequence + 1 });
    const ctx = await this.lifecycle.contextFor(em, series, occurrence);
    ctx.publish('occurrence.changed', occurrenceChangedPayload(occurrenceFacts(series, occurrence)));
    const told = announced ? await this.tell(ctx, 'cancellation') : 'nobody (not announced yet)';
    return {
      occurrenceId: occurrence.id,
      told,
      stale: { occurrenceId: occurrence.id, revision: occurrence.scheduleRevision, steps: stoppedSteps },
      warnings: [],
    };
  }

  /**
   * Everyone who holds the occurrence in their calendar (notifications knows who: it sent the invites)
   * gets the update or the cancellation; registrants who hold no entry (the waiting list) are told by
   * email without one; the community's channel hears it too.
   */
  private async tell(ctx: StepContext, kind: 'reschedule' | 'cancellation'): Promise<string> {
    const { em, series, occurrence } = ctx;
    const recipients = recipientsOf(kind, await audienceFacts(em, occurrence));
    const audience = audienceOf(recipients, series.communityId, occurrence.id)!;
    const id = requestNotification(ctx, {
      kind,
      audience,
      // The link to change one's answer only while an answer can still change.
      links: { register: kind === 'reschedule' && occurrence.status === 'open', notes: false, roleResponse: false, contribution: false },
    });
    const registrants = recipients.type === 'calendarHolders' ? recipients.alsoMemberIds.length : 0;
    return `whoever holds it in their calendar, ${registrants} registrant(s) and the channel (message ${id})`;
  }

  private async rows(em: EntityManager, occurrenceId: string): Promise<Map<StepName, OccurrenceStep>> {
    return new Map((await em.find(OccurrenceStep, { occurrenceId })).map((row) => [row.step, row]));
  }

  private async locked(em: EntityManager, occurrenceId: string): Promise<{ occurrence: Occurrence; series: Series }> {
    const occurrence = await em.findOne(Occurrence, { id: occurrenceId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!occurrence) throw notFound('occurrence', occurrenceId);
    return { occurrence, series: await em.findOneOrFail(Series, { id: occurrence.seriesId }) };
  }
}
