import { DateTime } from 'luxon';
import type { Context } from '../context';
import { CliError, ExitCode } from '../exit-codes';
import { occurrenceRows, OccurrenceSummary } from './occurrence-view';
import { table } from '../output';
import { wholeNumber } from './whole-number';

export interface CreateSeriesOptions {
  community: string;
  format: string;
  title?: string;
  firstDate?: string;
  rrule?: string;
  startTime?: string;
  timeZone?: string;
  duration?: string;
  location?: string;
  capacity?: string;
  theme?: string;
}

interface Format {
  id: string;
  name: { fr: string; en: string };
  suggestedRrule?: string;
  defaultStartTime?: string;
}

// The API's default zone, used here only to say which day "today" is.
const DEFAULT_TIME_ZONE = 'Europe/Paris';

/** Creates a series from a format; what is not given comes from the format (title, recurrence, start time). */
export async function createSeries(ctx: Context, options: CreateSeriesOptions): Promise<void> {
  const { text, out } = ctx;
  const api = ctx.api();
  const formats = await api.get<Format[]>('/formats');
  const format = formats.find((f) => f.id === options.format);
  if (!format)
    throw new CliError(
      text.errors.invalidOption('--format', options.format, formats.map((f) => f.id).join(', ')),
      ExitCode.usage,
      'format-unknown',
    );
  // The title is what members read: in their community's language, not in the language of this command.
  const community = options.title ? null : await api.get<{ defaultLanguage?: 'fr' | 'en' }>(`/communities/${options.community}`);
  const zone = options.timeZone ?? DEFAULT_TIME_ZONE;
  const firstDate = options.firstDate ?? DateTime.now().setZone(zone).toISODate();
  const body = {
    communityId: options.community,
    formatId: format.id,
    title: options.title ?? format.name[community?.defaultLanguage ?? 'fr'],
    recurrence: {
      rrule: options.rrule ?? format.suggestedRrule ?? 'FREQ=MONTHLY',
      firstDate,
      startTime: options.startTime ?? format.defaultStartTime ?? '18:00',
      ...(options.timeZone ? { timeZone: options.timeZone } : {}),
      ...(options.duration !== undefined ? { durationMinutes: wholeNumber(ctx, '--duration', options.duration) } : {}),
    },
    location: options.location ?? null,
    capacity: options.capacity !== undefined ? wholeNumber(ctx, '--capacity', options.capacity) : null,
    theme: options.theme ?? null,
  };
  const created = await api.post<{ series: { id: string; title: string } }>('/series', body);
  const occurrences = await api.get<OccurrenceSummary[]>(`/series/${created.series.id}/occurrences`);
  out.result({ series: created.series, occurrences }, () => [
    text.series.created(created.series.title, created.series.id, format.id),
    text.series.planned,
    ...table(text.occurrences.headers, occurrenceRows(ctx, occurrences)),
    text.series.next(created.series.id),
  ]);
}

interface SeriesSummary {
  id: string;
  title: string;
  formatId: string;
  timeZone: string;
  nextOccurrence: { id: string; startsAt: string; status: string } | null;
}

/** A community's series, newest first, with the next gathering of each in the series' own time zone. */
export async function listSeries(ctx: Context, options: { community: string }): Promise<void> {
  const { text, out } = ctx;
  const list = await ctx.api().get<SeriesSummary[]>(`/series?communityId=${encodeURIComponent(options.community)}`);
  const next = (s: SeriesSummary) =>
    s.nextOccurrence
      ? `${DateTime.fromISO(s.nextOccurrence.startsAt).setZone(s.timeZone).toFormat('yyyy-MM-dd HH:mm')} (${text.occurrences.status(s.nextOccurrence.status)})`
      : text.series.noNext;
  out.result(list, () =>
    list.length
      ? table(
          text.series.headers,
          list.map((s) => [s.id, s.title, s.formatId, next(s)]),
        )
      : [text.series.none],
  );
}
