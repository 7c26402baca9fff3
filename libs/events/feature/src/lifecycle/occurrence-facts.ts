import type { RecurrenceRuleInput } from '@cercle/events-domain';
import type { Occurrence } from '../entities/occurrence.entity';
import type { Series } from '../entities/series.entity';
import type { OccurrenceFacts } from './occurrence-messages';

export function occurrenceFacts(series: Series, occurrence: Occurrence): OccurrenceFacts {
  return {
    occurrenceId: occurrence.id,
    seriesId: series.id,
    communityId: series.communityId,
    title: series.title,
    formatId: series.formatId,
    startsAt: occurrence.startsAt,
    endsAt: occurrence.endsAt,
    timeZone: series.timeZone,
    location: series.location,
    theme: occurrence.theme,
    status: occurrence.status,
    // Capacity, calendar revisions and registration closing arrive with the full lifecycle (issue 3).
    capacity: null,
    calendarSequence: 0,
    previousStartsAt: null,
    cancellationReason: null,
    registrationClosesAt: null,
  };
}

export function recurrenceOf(series: Series): RecurrenceRuleInput {
  return {
    rrule: series.rrule,
    firstDate: series.firstDate,
    startTime: series.startTime,
    timeZone: series.timeZone,
    durationMinutes: series.durationMinutes,
  };
}
