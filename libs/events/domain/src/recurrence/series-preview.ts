import { DateTime } from 'luxon';
import { buildAgenda, type AgendaItem } from '../agenda/build-agenda';
import type { Format } from '../formats/format';
import { scheduleSteps, type StepName, type StepOffsets } from '../lifecycle/steps';
import { formatLocalDateTime } from '../time/zoned-time';
import { expandOccurrences } from './expand-occurrences';
import { parseRecurrenceRule, type RecurrenceRuleInput } from './recurrence-rule';
import { seriesStartNotes } from './series-start';

export interface PreviewDate {
  key: string;
  startsAt: Date;
  endsAt: Date;
  /** `YYYY-MM-DDTHH:mm` on the series' clocks. */
  localStart: string;
  /** The zone's UTC offset at the start, `+HH:mm`. */
  utcOffset: string;
  /** True when the clocks changed since the previous date shown: the same local time is another UTC time. */
  offsetChanged: boolean;
}

export interface SeriesPreview {
  dates: PreviewDate[];
  /** The first date's agenda with real local times. */
  agenda: AgendaItem[];
  /** When each lifecycle step of the first date falls due, on the series' clocks. */
  steps: Array<{ step: StepName; dueAt: Date; localDue: string }>;
  /** What the organiser should know about the dates (a past first date, a time the clocks skip or repeat). */
  notes: string[];
}

export interface SeriesPreviewInput {
  recurrence: RecurrenceRuleInput;
  format: Format;
  stepOffsets?: StepOffsets;
  /** How many dates to show. */
  count: number;
}

/**
 * What creating a series would plan, computed without writing anything: the next dates after `now` in the
 * series' local time (a clock change between two dates is flagged), the first date's agenda and timeline.
 */
export function previewSeries(input: SeriesPreviewInput, now: Date): SeriesPreview {
  const rule = parseRecurrenceRule(input.recurrence);
  const planned = expandOccurrences(rule, { after: now, count: input.count });
  const dates = planned.map((occurrence, index) => {
    const utcOffset = offsetAt(occurrence.startsAt, rule.timeZone);
    const previous = planned[index - 1];
    return {
      key: occurrence.key,
      startsAt: occurrence.startsAt,
      endsAt: occurrence.endsAt,
      localStart: formatLocalDateTime(occurrence.startsAt, rule.timeZone),
      utcOffset,
      offsetChanged: previous !== undefined && offsetAt(previous.startsAt, rule.timeZone) !== utcOffset,
    };
  });
  const first = planned[0];
  return {
    dates,
    agenda: first ? buildAgenda(input.format, first.startsAt, rule.timeZone) : [],
    steps: first
      ? scheduleSteps(first, input.stepOffsets).map(({ step, dueAt }) => ({
          step,
          dueAt,
          localDue: formatLocalDateTime(dueAt, rule.timeZone),
        }))
      : [],
    notes: seriesStartNotes(rule, now, planned),
  };
}

function offsetAt(instant: Date, timeZone: string): string {
  return DateTime.fromJSDate(instant, { zone: timeZone }).toFormat('ZZ');
}
