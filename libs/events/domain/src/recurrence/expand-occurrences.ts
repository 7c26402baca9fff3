import { RRule } from 'rrule';
import { InvalidExpansionWindowError, InvalidRecurrenceError } from '../errors';
import {
  addMinutes,
  floatingToWallClock,
  formatLocalDate,
  instantToWallClock,
  wallClockOf,
  wallClockToFloating,
  wallClockToInstant,
} from '../time/zoned-time';
import { resolveLocalStart } from '../time/local-time-reading';
import { parseRecurrenceRule, RecurrenceRule, RecurrenceRuleInput } from './recurrence-rule';
import { parseRruleText } from './rrule-text';

export interface Occurrence {
  /** The original local date (YYYY-MM-DD): the occurrence's identity, unchanged when it is moved. */
  key: string;
  startsAt: Date;
  endsAt: Date;
  moved: boolean;
}

/** Occurrences starting strictly after `after`, up to `until` (inclusive) and/or at most `count` of them. */
export interface ExpansionWindow {
  after: Date;
  until?: Date;
  count?: number;
}

const ONE_DAY_MS = 24 * 60 * 60 * 1000;

export function expandOccurrences(input: RecurrenceRuleInput, window: ExpansionWindow): Occurrence[] {
  const rule = parseRecurrenceRule(input);
  checkWindow(window);
  const series = compileSeries(rule);
  const isInWindow = (occurrence: Occurrence) =>
    occurrence.startsAt > window.after && (window.until === undefined || occurrence.startsAt <= window.until);

  const movedDates = new Set(rule.movedOccurrences.map((move) => move.originalDate));
  const skippedDates = new Set(rule.skippedDates);
  const regular = collectRegular(rule, series, window, (key) => !skippedDates.has(key) && !movedDates.has(key), isInWindow);
  const moved = rule.movedOccurrences
    .map((move) => movedOccurrence(rule, series, move.originalDate, move.newLocalStart))
    .filter(isInWindow);

  // A move may jump over other occurrences, so the merged list is re-sorted by real start time. Taking
  // `count` regular ones plus every moved one in the window is enough for the first `count` of the merge.
  const merged = [...regular, ...moved].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime() || a.key.localeCompare(b.key));
  return window.count === undefined ? merged : merged.slice(0, window.count);
}

export function nextOccurrence(input: RecurrenceRuleInput, after: Date): Occurrence | null {
  return expandOccurrences(input, { after, count: 1 })[0] ?? null;
}

function checkWindow(window: ExpansionWindow): void {
  if (!isValidDate(window.after)) throw new InvalidExpansionWindowError('`after` must be a valid date.');
  if (window.until === undefined && window.count === undefined) {
    throw new InvalidExpansionWindowError('Give `until` or `count`: a recurrence without either never ends.');
  }
  if (window.until !== undefined && (!isValidDate(window.until) || window.until < window.after)) {
    throw new InvalidExpansionWindowError('`until` must be a valid date on or after `after`.');
  }
  if (window.count !== undefined && (!Number.isInteger(window.count) || window.count < 0)) {
    throw new InvalidExpansionWindowError('`count` must be a non-negative integer.');
  }
}

/** Floating mode: dtstart carries the local wall-clock fields in UTC, see `wallClockToFloating`. */
function compileSeries(rule: RecurrenceRule): RRule {
  const parsed = parseRruleText(rule.rrule);
  if (!parsed.ok) throw new InvalidRecurrenceError(`Invalid RRULE "${rule.rrule}": ${parsed.reason}`);
  const dtstart = wallClockToFloating(wallClockOf(rule.firstDate, rule.startTime));
  return new RRule({ ...parsed.options, dtstart, tzid: null });
}

function collectRegular(
  rule: RecurrenceRule,
  series: RRule,
  window: ExpansionWindow,
  isRegular: (key: string) => boolean,
  isInWindow: (occurrence: Occurrence) => boolean,
): Occurrence[] {
  if (window.count === 0) return [];
  // Floating dates differ from real instants by the zone's UTC offset (under 15 hours), so a one-day margin
  // around the window in floating time never misses an occurrence; the exact test is made on real instants.
  const floatingFrom = wallClockToFloating(instantToWallClock(window.after, rule.timeZone)).getTime() - ONE_DAY_MS;
  const floatingTo =
    window.until === undefined ? Infinity : wallClockToFloating(instantToWallClock(window.until, rule.timeZone)).getTime() + ONE_DAY_MS;
  const found: Occurrence[] = [];
  series.all((floating) => {
    if (floating.getTime() > floatingTo) return false;
    if (floating.getTime() < floatingFrom) return true;
    const occurrence = toOccurrence(rule, floating);
    if (isRegular(occurrence.key) && isInWindow(occurrence)) found.push(occurrence);
    return window.count === undefined || found.length < window.count;
  });
  return found;
}

function toOccurrence(rule: RecurrenceRule, floating: Date): Occurrence {
  const wallClock = floatingToWallClock(floating);
  const startsAt = wallClockToInstant(wallClock, rule.timeZone);
  return { key: formatLocalDate(wallClock), startsAt, endsAt: addMinutes(startsAt, rule.durationMinutes), moved: false };
}

/** True when the rule (exceptions aside) has an occurrence on this local date. */
export function producesDate(input: RecurrenceRuleInput, localDate: string): boolean {
  return seriesHasDate(compileSeries(parseRecurrenceRule(input)), localDate);
}

function seriesHasDate(series: RRule, localDate: string): boolean {
  const dayStart = wallClockToFloating(wallClockOf(localDate, '00:00'));
  return series.between(dayStart, new Date(dayStart.getTime() + ONE_DAY_MS - 1), true).length > 0;
}

function movedOccurrence(rule: RecurrenceRule, series: RRule, originalDate: string, newLocalStart: string): Occurrence {
  // Moving a date the series never produces would invent an occurrence; it is almost always a typo.
  if (!seriesHasDate(series, originalDate))
    throw new InvalidRecurrenceError(`Cannot move ${originalDate}: it is not an occurrence of the series.`);
  const startsAt = resolveLocalStart(newLocalStart, rule.timeZone);
  return { key: originalDate, startsAt, endsAt: addMinutes(startsAt, rule.durationMinutes), moved: true };
}

function isValidDate(value: unknown): value is Date {
  return value instanceof Date && !Number.isNaN(value.getTime());
}
