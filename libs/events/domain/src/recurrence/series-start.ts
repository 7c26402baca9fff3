import { exactLocalTime } from '../time/local-time-reading';
import { expandOccurrences } from './expand-occurrences';
import { parseRecurrenceRule, RecurrenceRuleInput } from './recurrence-rule';

/**
 * The local date-time (`YYYY-MM-DDTHH:mm`) at which a series starts from `after` on: its first occurrence
 * that follows the rule's own time (a moved one has its own time), or null when the rule has none left.
 */
export function seriesStartAfter(input: RecurrenceRuleInput, after: Date): string | null {
  const rule = parseRecurrenceRule(input);
  // Moved occurrences may come first; one more than there are moves is enough to reach a regular one.
  const next = expandOccurrences(rule, { after, count: rule.movedOccurrences.length + 1 }).find((occurrence) => !occurrence.moved);
  return next ? `${next.key}T${rule.startTime}` : null;
}

/**
 * Refuses a series whose start (from `after` on) is a time its zone's clocks skip or show twice: the
 * organiser typed that date and time, and silently placing it an hour off is worse than asking. Later
 * occurrences that meet a DST night are settled by `resolveLocalTime`, as agendas settle them.
 */
export function assertExactSeriesStart(input: RecurrenceRuleInput, after: Date): void {
  const start = seriesStartAfter(input, after);
  if (start) exactLocalTime(start, parseRecurrenceRule(input).timeZone);
}
