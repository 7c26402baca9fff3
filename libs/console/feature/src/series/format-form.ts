import type { Language } from '@cercle/words';
import type { ReadResult } from './series-form';

export interface OrganiserFormatRequest {
  name: { fr: string; en: string };
  defaultDurationMinutes: number;
  defaultStartTime: string;
  agenda: Array<{ title: { fr: string; en: string }; offsetMinutes: number; durationMinutes: number }>;
}

const WORDS = {
  fr: {
    required: 'Ce champ est obligatoire.',
    number: 'Saisissez un nombre entier positif.',
    line: (n: number) => `Ligne ${n} : écrivez « début durée titre », en minutes, par exemple « 0 15 Accueil ».`,
  },
  en: {
    required: 'This field is required.',
    number: 'Enter a positive whole number.',
    line: (n: number) => `Line ${n}: write "start duration title" in minutes, e.g. "0 15 Welcome".`,
  },
};

/**
 * A format of one's own from a short form: the agenda is one line per slot, "start duration title" in
 * minutes from the session's start ("0 15 Accueil"), a syntax a keyboard user types without a widget.
 * The same title serves both languages; overlaps and slots past the end are the API's to refuse.
 */
export function readFormatForm(values: Record<string, string>, language: Language): ReadResult<OrganiserFormatRequest> {
  const w = WORDS[language];
  const v = (name: string) => (values[name] ?? '').trim();
  const errors: Record<string, string> = {};
  if (!v('name')) errors.name = w.required;
  const duration = /^\d+$/.test(v('durationMinutes')) ? Number(v('durationMinutes')) : 0;
  if (duration <= 0) errors.durationMinutes = w.number;
  const lines = v('agenda')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  const agenda: OrganiserFormatRequest['agenda'] = [];
  for (const [index, line] of lines.entries()) {
    const match = /^(\d+)\s+(\d+)\s+(.+)$/.exec(line);
    if (!match) {
      errors.agenda = w.line(index + 1);
      break;
    }
    const title = match[3].trim();
    agenda.push({ title: { fr: title, en: title }, offsetMinutes: Number(match[1]), durationMinutes: Number(match[2]) });
  }
  if (!lines.length) errors.agenda = w.required;
  if (Object.keys(errors).length) return { ok: false, errors };
  return {
    ok: true,
    body: {
      name: { fr: v('name'), en: v('nameEn') || v('name') },
      defaultDurationMinutes: duration,
      defaultStartTime: v('startTime') || '10:00',
      agenda,
    },
  };
}
