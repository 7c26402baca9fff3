import type { Context } from '../context';

export interface OccurrenceSummary {
  id: string;
  localStart: string;
  status: string;
  title: string;
  theme: string | null;
}

/** A local date-time as the API gives it (YYYY-MM-DDTHH:mm), written for people. */
export function localTime(value: string): string {
  return value.replace('T', ' ');
}

export function occurrenceRows(ctx: Context, occurrences: OccurrenceSummary[]): string[][] {
  return occurrences.map((o) => [o.id, localTime(o.localStart), ctx.text.occurrences.status(o.status), o.theme ? `${o.title} — ${o.theme}` : o.title]);
}
