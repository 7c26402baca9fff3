import { z } from 'zod';
import { InvalidRecurrenceError } from '../errors';
import { isRealLocalDate } from '../time/zoned-time';
import { expandOccurrences, Occurrence, producesDate } from './expand-occurrences';
import { localStartSchema, parseRecurrenceRule, RecurrenceRule, RecurrenceRuleInput } from './recurrence-rule';

const localDate = z.string().refine(isRealLocalDate, { message: 'must be a real date written YYYY-MM-DD' });

/** One exception to a series' rule: a date skipped, or one occurrence moved to another local day and time. */
export const seriesExceptionSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('skip'), date: localDate }),
  z.object({ type: z.literal('move'), date: localDate, newLocalStart: localStartSchema }),
]);
export type SeriesException = z.output<typeof seriesExceptionSchema>;

/** How many occurrences ahead a series keeps planned unless it says otherwise (see the README for why). */
export const DEFAULT_HORIZON_OCCURRENCES = 3;

export function exceptionsOf(input: RecurrenceRuleInput): SeriesException[] {
  const rule = parseRecurrenceRule(input);
  const skips = rule.skippedDates.map((date): SeriesException => ({ type: 'skip', date }));
  const moves = rule.movedOccurrences.map((move): SeriesException => ({
    type: 'move',
    date: move.originalDate,
    newLocalStart: move.newLocalStart,
  }));
  return [...skips, ...moves].sort((a, b) => a.date.localeCompare(b.date));
}

/**
 * The rule with `exception` in place of any earlier exception for the same date. Only a date the rule
 * produces can be skipped or moved: anything else is a typo that would silently do nothing.
 */
export function withException(input: RecurrenceRuleInput, exception: SeriesException): RecurrenceRule {
  const rule = withoutException(input, exception.date);
  if (!producesDate(rule, exception.date)) {
    throw new InvalidRecurrenceError(`${exception.date} is not an occurrence of the series: nothing to ${exception.type}.`);
  }
  return exception.type === 'skip'
    ? { ...rule, skippedDates: [...rule.skippedDates, exception.date].sort() }
    : { ...rule, movedOccurrences: [...rule.movedOccurrences, { originalDate: exception.date, newLocalStart: exception.newLocalStart }] };
}

export function withoutException(input: RecurrenceRuleInput, date: string): RecurrenceRule {
  const rule = parseRecurrenceRule(input);
  return {
    ...rule,
    skippedDates: rule.skippedDates.filter((skipped) => skipped !== date),
    movedOccurrences: rule.movedOccurrences.filter((move) => move.originalDate !== date),
  };
}

/** After the rule itself changed: the exceptions for dates it no longer produces are dropped (and returned). */
export function pruneExceptions(input: RecurrenceRuleInput): { rule: RecurrenceRule; dropped: SeriesException[] } {
  const rule = parseRecurrenceRule({ ...input, skippedDates: [], movedOccurrences: [] });
  const kept: SeriesException[] = [];
  const dropped: SeriesException[] = [];
  for (const exception of exceptionsOf(input)) (producesDate(rule, exception.date) ? kept : dropped).push(exception);
  return { rule: kept.reduce<RecurrenceRule>((acc, exception) => withException(acc, exception), rule), dropped };
}

/** The occurrences a series keeps planned: the next `size` ones after `now`, exceptions applied. */
export function planningHorizon(input: RecurrenceRuleInput, now: Date, size = DEFAULT_HORIZON_OCCURRENCES): Occurrence[] {
  return expandOccurrences(input, { after: now, count: size });
}

/**
 * The series' occurrence that follows `current` (by its stored start, which a reschedule may have moved
 * away from the rule's): the first one after it in time that is not `current` itself.
 */
export function occurrenceAfter(input: RecurrenceRuleInput, current: { key: string; startsAt: Date }): Occurrence | null {
  return expandOccurrences(input, { after: current.startsAt, count: 2 }).find((next) => next.key !== current.key) ?? null;
}
