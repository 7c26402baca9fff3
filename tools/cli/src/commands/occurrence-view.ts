import type { Context } from '../context';
import type { Language } from '../text/text';

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
  return occurrences.map((o) => [
    o.id,
    localTime(o.localStart),
    ctx.text.occurrences.status(o.status),
    o.theme ? `${o.title} — ${o.theme}` : o.title,
  ]);
}

/** An agenda slot as `GET /occurrences/{id}` gives it: local times (HH:mm) and the title in each language. */
export interface AgendaSlotView {
  title: { fr: string; en: string };
  localStart: string;
  localEnd: string;
}

/** « 10:00–10:15  Accueil », one line a slot, in the reader's language. */
export function agendaLines(agenda: AgendaSlotView[], language: Language): string[] {
  return agenda.map((slot) => `  ${slot.localStart}–${slot.localEnd}  ${slot.title[language]}`);
}
