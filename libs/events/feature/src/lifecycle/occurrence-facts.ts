import type { OccurrenceSnapshot } from '@cercle/contracts';
import { Format, getFormat, type RecurrenceRuleInput } from '@cercle/events-domain';
import type { Occurrence } from '../entities/occurrence.entity';
import type { Series } from '../entities/series.entity';
import type { OccurrenceFacts } from './occurrence-messages';

/** The series' format: its organiser-defined definition when it has one, else the built-in of that id. */
export function formatOf(series: Series): Format {
  return series.formatDefinition ?? getFormat(series.formatId);
}

/** Title, location and capacity come from the occurrence: a series edit must not rewrite what people were told. */
/** `topics` come from the topics tables (`snapshotTopics`); callers without them send none. */
export function occurrenceFacts(series: Series, occurrence: Occurrence, topics: OccurrenceSnapshot['topics'] = []): OccurrenceFacts {
  return {
    occurrenceId: occurrence.id,
    seriesId: series.id,
    communityId: series.communityId,
    title: occurrence.title,
    formatId: series.formatId,
    format: formatOf(series),
    startsAt: occurrence.startsAt,
    endsAt: occurrence.endsAt,
    timeZone: series.timeZone,
    location: occurrence.location,
    theme: occurrence.theme,
    status: occurrence.status,
    capacity: occurrence.capacity,
    calendarSequence: occurrence.calendarSequence,
    previousStartsAt: occurrence.previousStartsAt,
    cancellationReason: occurrence.cancellationReason,
    registrationClosesAt: occurrence.registrationClosesAt,
    topics,
  };
}

/** The series' recurrence with its exceptions, as the domain expands it. */
export function recurrenceOf(series: Series): RecurrenceRuleInput {
  return {
    rrule: series.rrule,
    firstDate: series.firstDate,
    startTime: series.startTime,
    timeZone: series.timeZone,
    durationMinutes: series.durationMinutes,
    skippedDates: series.skippedDates,
    movedOccurrences: series.movedOccurrences,
  };
}
