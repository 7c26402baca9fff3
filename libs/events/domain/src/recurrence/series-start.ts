import { AmbiguousLocalTimeError } from '../errors';
import { exactLocalTime, formatLocalStart, readLocalTime } from '../time/local-time-reading';
import { formatLocalDate, instantToWallClock, wallClockOf } from '../time/zoned-time';
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
 * A series' `startTime` is a plain `HH:mm` (it applies to every date), so the advice for a time shown
 * twice names what that field and the other routes accept, not an offset the field would refuse.
 */
export function assertExactSeriesStart(input: RecurrenceRuleInput, after: Date): void {
  const start = seriesStartAfter(input, after);
  if (!start) return;
  try {
    exactLocalTime(start, parseRecurrenceRule(input).timeZone);
  } catch (error) {
    if (!(error instanceof AmbiguousLocalTimeError)) throw error;
    const [, second] = error.details.nearest;
    throw new AmbiguousLocalTimeError(
      error.details,
      `A series' startTime is a local HH:mm without offset: choose another startTime, or a firstDate after that night. ` +
        `To hold that first occurrence at the second ${start.slice(11)}, create the series at another time, then reschedule that occurrence with "localStart": "${second.localDateTime}${second.offset}".`,
    );
  }
}

/**
 * What the organiser should know about the dates a new series was given, that nothing else would tell:
 * a `firstDate` already past (the series starts at its next date), and each planned date whose local
 * start the clocks skip (it starts later by the gap, as calendars read it) or show twice (the first is taken).
 */
export function seriesStartNotes(
  input: RecurrenceRuleInput,
  after: Date,
  planned: ReadonlyArray<{ key: string; startsAt: Date }>,
): string[] {
  const rule = parseRecurrenceRule(input);
  const notes: string[] = [];
  const first = [...planned].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime())[0];
  const today = formatLocalDate(instantToWallClock(after, rule.timeZone));
  if (first && rule.firstDate < first.key && rule.firstDate <= today) {
    notes.push(`firstDate ${rule.firstDate} is past: the series starts at its next date, ${first.key}; earlier dates were not planned.`);
  }
  for (const occurrence of planned) {
    const reading = readLocalTime(wallClockOf(occurrence.key, rule.startTime), rule.timeZone);
    const actual = formatLocalStart(occurrence.startsAt, rule.timeZone);
    if (reading.kind === 'nonexistent') {
      notes.push(
        `${occurrence.key}: ${rule.startTime} does not exist in ${rule.timeZone} (the clocks go forward that night): that occurrence starts at ${actual.slice(11, 16)}.`,
      );
    } else if (reading.kind === 'ambiguous') {
      notes.push(
        `${occurrence.key}: ${rule.startTime} happens twice in ${rule.timeZone} (the clocks go back that night): that occurrence takes the first, ${actual.slice(11)}.`,
      );
    }
  }
  return notes;
}
