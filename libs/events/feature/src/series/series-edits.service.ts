import { Inject, Injectable } from '@nestjs/common';
import { LockMode } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import {
  assertDurationFitsAgenda,
  assertExactSeriesStart,
  exactLocalTime,
  exceptionsOf,
  expandOccurrences,
  formatLocalStart,
  type Occurrence as PlannedTimes,
  pruneExceptions,
  RecurrenceRule,
  scheduleSteps,
  SeriesException,
  withException,
  withoutException,
} from '@cercle/events-domain';
import { Occurrence } from '../entities/occurrence.entity';
import { Series } from '../entities/series.entity';
import { formatOf, occurrenceFacts, recurrenceOf } from '../lifecycle/occurrence-facts';
import { occurrenceChangedPayload } from '../lifecycle/occurrence-messages';
import { OccurrencePlanner } from '../lifecycle/occurrence-planner';
import { StaleJobs, StepJobs } from '../lifecycle/step-jobs';
import { Outbox, CLOCK, Clock, notFound, UseCaseError } from '@cercle/platform';
import { OccurrenceChanges } from '../occurrences/occurrence-changes.service';
import type { EditSeriesBody } from './series.schemas';

type Brief = { id: string; key: string; startsAt: Date };

/** What an edit or an exception did to the series' occurrences, for the organiser to read. */
export interface SeriesChangeReport {
  updated: Brief[];
  cancelled: Brief[];
  planned: Brief[];
  untouched: Array<Brief & { status: string; reason: string }>;
  droppedExceptions: SeriesException[];
  /** Steps already overdue at an occurrence's new time, which ran at once (see OccurrenceChanges.moveIn), by occurrence date. */
  warnings: string[];
}

const FAR_AHEAD_MS = 2 * 366 * 24 * 3600 * 1000;
const brief = (o: Occurrence): Brief => ({ id: o.id, key: o.key, startsAt: o.startsAt });

/**
 * Series edits and exceptions apply to the future only. An occurrence nobody has been told about (status
 * `planned`, not yet announced, still ahead) follows the new settings: moved, its steps re-timed, or cancelled
 * when the rule no longer produces its date. An announced, held or past one keeps what people were told;
 * the organiser reschedules or cancels it one by one. Exceptions are the one deliberate reach into the
 * announced ones: skipping a date cancels its occurrence, moving one reschedules it, telling who was told.
 */
@Injectable()
export class SeriesEdits {
  constructor(
    private readonly em: EntityManager,
    private readonly planner: OccurrencePlanner,
    private readonly changes: OccurrenceChanges,
    private readonly jobs: StepJobs,
    private readonly outbox: Outbox,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async edit(seriesId: string, body: EditSeriesBody): Promise<{ series: Series; report: SeriesChangeReport }> {
    return this.inTransaction(seriesId, async (em, series, stale) => {
      Object.assign(series, body);
      const { rule, dropped } = pruneExceptions(recurrenceOf(series));
      this.setRule(series, rule);
      // A new time or rule sets where the series starts from now on: refused if the clocks skip or repeat it.
      if (body.startTime !== undefined || body.rrule !== undefined) {
        assertExactSeriesStart(rule, this.clock.now());
        this.assertDatesAhead(series);
      }
      // Every occurrence it plans or moves lasts this long: the format's agenda must fit (moves keep it too).
      if (body.durationMinutes !== undefined) assertDurationFitsAgenda(formatOf(series), series.durationMinutes);
      // Step offsets out of lifecycle order would stall every future occurrence: refuse them now.
      scheduleSteps({ startsAt: new Date(0), endsAt: new Date(series.durationMinutes * 60_000) }, series.stepOffsets);
      const report = await this.follow(em, series, stale, body.stepOffsets !== undefined);
      return { ...report, droppedExceptions: dropped };
    });
  }

  async addException(seriesId: string, typed: SeriesException) {
    return this.inTransaction(seriesId, async (em, series, stale) => {
      // The new date and time are typed by the organiser: one the series' clocks skip, or show twice without
      // an offset to say which, is refused; kept with its offset only where the time is shown twice.
      const exception =
        typed.type === 'move'
          ? { ...typed, newLocalStart: formatLocalStart(exactLocalTime(typed.newLocalStart, series.timeZone), series.timeZone) }
          : typed;
      this.setRule(series, withException(recurrenceOf(series), exception));
      const report = await this.follow(em, series, stale);
      const existing = await em.findOne(Occurrence, { seriesId, key: exception.date });
      if (existing && !['planned', 'cancelled'].includes(existing.status) && existing.startsAt > this.clock.now()) {
        // Announced: the exception reaches it on purpose, and the people told are told again.
        const change =
          exception.type === 'skip'
            ? await this.changes.cancelIn(em, series, existing, 'date skipped by the organiser')
            : await this.changes.moveIn(em, series, existing, ...this.timesOf(series, exception.date));
        stale.push(change.stale);
        report.warnings.push(...change.warnings.map((warning) => `${existing.key}: ${warning}`));
        report.updated.push(brief(existing));
        report.untouched = report.untouched.filter((o) => o.id !== existing.id);
      }
      return report;
    });
  }

  async removeException(seriesId: string, date: string) {
    return this.inTransaction(seriesId, async (em, series, stale) => {
      this.setRule(series, withoutException(recurrenceOf(series), date));
      return this.follow(em, series, stale);
    });
  }

  async exceptions(seriesId: string): Promise<SeriesException[]> {
    const series = await this.em.fork().findOne(Series, { id: seriesId });
    if (!series) throw notFound('series', seriesId);
    return exceptionsOf(recurrenceOf(series));
  }

  /** Brings the not-yet-announced future occurrences in line with the series, then tops the horizon up. */
  private async follow(
    em: EntityManager,
    series: Series,
    stale: Array<StaleJobs | null>,
    offsetsChanged = false,
  ): Promise<Omit<SeriesChangeReport, 'droppedExceptions'>> {
    const now = this.clock.now();
    const report: Omit<SeriesChangeReport, 'droppedExceptions'> = { updated: [], cancelled: [], planned: [], untouched: [], warnings: [] };
    const future = await em.find(
      Occurrence,
      { seriesId: series.id, startsAt: { $gt: now }, status: { $ne: 'cancelled' } },
      { orderBy: { startsAt: 'asc' } },
    );
    const expected = this.expected(series, now, future);
    for (const occurrence of future) {
      if (occurrence.status !== 'planned') {
        report.untouched.push({
          ...brief(occurrence),
          status: occurrence.status,
          reason: 'already announced: reschedule or cancel it one by one',
        });
        continue;
      }
      const times = expected.get(occurrence.key);
      if (!times) {
        stale.push((await this.changes.cancelIn(em, series, occurrence, 'no longer in the series after an edit')).stale);
        report.cancelled.push(brief(occurrence));
        continue;
      }
      const facts = { title: series.title, location: series.location, capacity: series.capacity };
      const moved =
        offsetsChanged ||
        times.startsAt.getTime() !== occurrence.startsAt.getTime() ||
        times.endsAt.getTime() !== occurrence.endsAt.getTime();
      const changedFacts = Object.entries(facts).some(([field, value]) => occurrence[field as keyof typeof facts] !== value);
      if (!moved && !changedFacts) continue;
      Object.assign(occurrence, facts);
      if (moved) {
        const change = await this.changes.moveIn(em, series, occurrence, times.startsAt, times.endsAt);
        stale.push(change.stale);
        report.warnings.push(...change.warnings.map((warning) => `${occurrence.key}: ${warning}`));
      } else this.outbox.publish(em, 'occurrence.changed', occurrenceChangedPayload(occurrenceFacts(series, occurrence)));
      report.updated.push(brief(occurrence));
    }
    report.planned = (await this.planner.topUpHorizon(em, series)).map(brief);
    return report;
  }

  /**
   * A rule that gives no date any more would cancel every planned session without a word of warning (a
   * typo such as BYMONTH=13 does that): refused, as at creation. Ending a series is cancelling its sessions.
   */
  private assertDatesAhead(series: Series): void {
    const now = this.clock.now();
    if (expandOccurrences(recurrenceOf(series), { after: now, until: new Date(now.getTime() + FAR_AHEAD_MS) }).length) return;
    throw new UseCaseError(
      'recurrence-exhausted',
      422,
      'This recurrence gives no date in the next two years: the series would stop and its planned sessions be cancelled. Check the rule; to end the series, cancel its sessions.',
    );
  }

  /** The rule's occurrences by key, far enough ahead to cover every planned one. */
  private expected(series: Series, now: Date, future: Occurrence[]): Map<string, PlannedTimes> {
    const latest = Math.max(now.getTime(), ...future.map((o) => o.startsAt.getTime()));
    const until = new Date(latest + FAR_AHEAD_MS);
    return new Map(expandOccurrences(recurrenceOf(series), { after: now, until }).map((o) => [o.key, o]));
  }

  private timesOf(series: Series, key: string): [Date, Date] {
    const found = expandOccurrences(recurrenceOf(series), {
      after: new Date(0),
      until: new Date(Date.parse(`${key}T00:00:00Z`) + FAR_AHEAD_MS),
    }).find((o) => o.key === key);
    if (!found) throw notFound('occurrence of the series on', key);
    return [found.startsAt, found.endsAt];
  }

  private setRule(series: Series, rule: RecurrenceRule): void {
    Object.assign(series, {
      rrule: rule.rrule,
      startTime: rule.startTime,
      durationMinutes: rule.durationMinutes,
      skippedDates: rule.skippedDates,
      movedOccurrences: rule.movedOccurrences,
    });
  }

  /** Locks the series, runs the change, commits, then removes the step jobs it made stale. */
  private async inTransaction<R>(
    seriesId: string,
    change: (em: EntityManager, series: Series, stale: Array<StaleJobs | null>) => Promise<R>,
  ) {
    const stale: Array<StaleJobs | null> = [];
    const result = await this.em.fork().transactional(async (em) => {
      const series = await em.findOne(Series, { id: seriesId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!series) throw notFound('series', seriesId);
      return { series, report: await change(em, series, stale) };
    });
    for (const jobs of stale) await this.jobs.remove(jobs);
    return result;
  }
}
