import type { OccurrenceSnapshot } from '@cercle/contracts';
import type { RecurrenceRuleInput } from '@cercle/events-domain';
import type { Occurrence } from '../entities/occurrence.entity';
import type { Series } from '../entities/series.entity';
import type { OccurrenceFacts } from './occurrence-messages';

/** `topics` come from the topics tables (`snapshotTopics`); callers without them send none. */
export function occurrenceFacts(series: Series, occurrence: Occurrence, topics: OccurrenceSnapshot['topics'] = []): OccurrenceFacts {
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
    topics,
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
