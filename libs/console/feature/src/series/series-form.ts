import type { Language } from '@cercle/words';
import { fieldErrorsOf, type ApiErrorBody } from './api-errors';
import { RECURRENCE_PATTERNS, rruleFor, type RecurrencePattern } from './recurrence-pattern';

export const SERIES_FIELDS = [
  'title',
  'formatId',
  'firstDate',
  'startTime',
  'pattern',
  'rrule',
  'durationMinutes',
  'timeZone',
  'location',
  'capacity',
] as const;

const REQUIRED: Record<Language, string> = { fr: 'Ce champ est obligatoire.', en: 'This field is required.' };
const NOT_A_NUMBER: Record<Language, string> = { fr: 'Saisissez un nombre entier positif.', en: 'Enter a positive whole number.' };
const NO_RULE: Record<Language, string> = {
  fr: 'Saisissez une première date réelle (AAAA-MM-JJ) ou une règle RRULE.',
  en: 'Enter a real first date (YYYY-MM-DD) or an RRULE.',
};

export interface SeriesRecurrenceBody {
  rrule: string;
  firstDate: string;
  startTime: string;
  timeZone: string;
  durationMinutes?: number;
}

export interface CreateSeriesRequest {
  communityId: string;
  title: string;
  formatId: string;
  recurrence: SeriesRecurrenceBody;
  location: string | null;
  capacity: number | null;
}

export type ReadResult<T> = { ok: true; body: T } | { ok: false; errors: Record<string, string> };

const positiveInt = (text: string) => (/^\d+$/.test(text) && Number(text) > 0 ? Number(text) : null);

/**
 * The series form as the events API takes it. Only what the console alone can tell is checked here (a
 * missing field, a number that is not one); the rest is the API's to refuse, and comes back by field.
 */
export function readSeriesForm(values: Record<string, string>, communityId: string, language: Language): ReadResult<CreateSeriesRequest> {
  const v = (name: string) => (values[name] ?? '').trim();
  const errors: Record<string, string> = {};
  for (const name of ['title', 'formatId', 'firstDate', 'startTime'] as const) if (!v(name)) errors[name] = REQUIRED[language];
  const pattern = (RECURRENCE_PATTERNS as readonly string[]).includes(v('pattern')) ? (v('pattern') as RecurrencePattern) : 'monthly-nth';
  const rrule = rruleFor(pattern, v('firstDate'), v('rrule'));
  if (!rrule && !errors.firstDate) errors[pattern === 'custom' ? 'rrule' : 'firstDate'] = NO_RULE[language];
  const duration = v('durationMinutes') ? positiveInt(v('durationMinutes')) : undefined;
  if (duration === null) errors.durationMinutes = NOT_A_NUMBER[language];
  const capacity = v('capacity') ? positiveInt(v('capacity')) : undefined;
  if (capacity === null) errors.capacity = NOT_A_NUMBER[language];
  if (Object.keys(errors).length) return { ok: false, errors };
  return {
    ok: true,
    body: {
      communityId,
      title: v('title'),
      formatId: v('formatId'),
      recurrence: {
        rrule: rrule as string,
        firstDate: v('firstDate'),
        startTime: v('startTime'),
        timeZone: v('timeZone') || 'Europe/Paris',
        ...(duration ? { durationMinutes: duration } : {}),
      },
      location: v('location') || null,
      capacity: capacity ?? null,
    },
  };
}

/** Where each of the events API's paths and codes belongs in the series form. */
export function seriesFormErrors(body: ApiErrorBody, pattern: string, language: Language): Record<string, string> {
  return fieldErrorsOf(
    body,
    {
      title: 'title',
      formatId: 'formatId',
      'recurrence.rrule': pattern === 'custom' ? 'rrule' : 'pattern',
      'recurrence.firstDate': 'firstDate',
      'recurrence.startTime': 'startTime',
      'recurrence.timeZone': 'timeZone',
      'recurrence.durationMinutes': 'durationMinutes',
      location: 'location',
      capacity: 'capacity',
    },
    {
      LOCAL_TIME_NONEXISTENT: 'startTime',
      LOCAL_TIME_AMBIGUOUS: 'startTime',
      DURATION_SHORTER_THAN_AGENDA: 'durationMinutes',
      'recurrence-exhausted': 'firstDate',
      UNKNOWN_FORMAT: 'formatId',
      INVALID_RECURRENCE: pattern === 'custom' ? 'rrule' : 'pattern',
      INVALID_TIME_ZONE: 'timeZone',
    },
    language,
  );
}
