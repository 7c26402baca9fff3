import type { Lang } from '../shell/page-context';

/** A session that took place (or is archived) is part of the record: it is neither moved nor cancelled. */
export const isOver = (status: string): boolean => status === 'held' || status === 'archived';

const WORDS = {
  fr: {
    format: 'Format attendu : AAAA-MM-JJTHH:MM, par exemple 2027-03-11T12:30.',
    unreal: (date: string) => `Le ${date} n’existe pas : vérifiez le jour et le mois.`,
    time: 'L’heure doit être entre 00:00 et 23:59.',
    past: 'Cette date est passée : choisissez une date et une heure à venir.',
    over: 'Cette séance a déjà eu lieu : elle ne peut plus être déplacée ni annulée.',
  },
  en: {
    format: 'Expected format: YYYY-MM-DDTHH:MM, for example 2027-03-11T12:30.',
    unreal: (date: string) => `${date} does not exist: check the day and the month.`,
    time: 'The time must be between 00:00 and 23:59.',
    past: 'This date is past: choose a date and time to come.',
    over: 'This session has already taken place: it can no longer be moved or cancelled.',
  },
};

export const overText = (lang: Lang): string => WORDS[lang].over;

/** The wall-clock time it is now in a time zone, as YYYY-MM-DDTHH:MM (comparable with a typed local start). */
export function localNow(now: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(now);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}T${part('hour')}:${part('minute')}`;
}

/**
 * What is wrong with a new local start typed for a session, before anyone is shown who would be told: its
 * format, a day that does not exist (31 February), a time past 23:59, or a moment already gone in the
 * session's time zone. Null when it is a real moment to come.
 */
export function newStartProblem(value: string, now: Date, timeZone: string, lang: Lang): string | null {
  const w = WORDS[lang];
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value.trim());
  if (!match) return w.format;
  const [year, month, day, hour, minute] = match.slice(1).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return w.unreal(value.trim().slice(0, 10));
  if (hour > 23 || minute > 59) return w.time;
  return value.trim() <= localNow(now, timeZone) ? w.past : null;
}
