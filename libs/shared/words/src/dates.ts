import { DateTime } from 'luxon';
import { elide, frenchDayOfMonth } from './french';

export type Language = 'fr' | 'en';

// en-GB gives "Thursday 12 March 2026" (day before month, no comma), which reads naturally in
// the European communities Cercle serves; fr gives « jeudi 12 mars 2026 ».
const LOCALES: Record<Language, string> = { fr: 'fr-FR', en: 'en-GB' };

/** The city part of an IANA zone, e.g. "Europe/Paris" → "Paris", "America/New_York" → "New York". */
export function zoneCity(timeZone: string): string {
  const last = timeZone.split('/').pop() ?? timeZone;
  return last.replace(/_/g, ' ');
}

/** « heure de Paris » / « heure d'Amsterdam » / "Paris time"; UTC stays "UTC". */
export function zoneLabel(timeZone: string, language: Language): string {
  if (timeZone === 'UTC' || timeZone === 'Etc/UTC') return 'UTC';
  const city = zoneCity(timeZone);
  if (language === 'en') return `${city} time`;
  return `heure ${elide('de', city)}`;
}

function inZone(iso: string, timeZone: string, language: Language): DateTime {
  const dt = DateTime.fromISO(iso, { zone: timeZone, setZone: false }).setZone(timeZone).setLocale(LOCALES[language]);
  if (!dt.isValid) throw new RangeError(`Invalid date ${iso} in ${timeZone}: ${dt.invalidExplanation ?? ''}`);
  return dt;
}

// French writes the first of the month « 1er » (« jeudi 1er avril »); English keeps "Thursday 1 April".
function dayOf(at: DateTime, language: Language): string {
  if (language === 'en') return at.toFormat('cccc d LLLL yyyy');
  return `${at.toFormat('cccc')} ${frenchDayOfMonth(at.day)} ${at.toFormat('LLLL yyyy')}`;
}

/** « jeudi 12 mars 2026 » in the occurrence's zone. */
export function formatDay(iso: string, timeZone: string, language: Language): string {
  return dayOf(inZone(iso, timeZone, language), language);
}

export function formatTime(iso: string, timeZone: string): string {
  return DateTime.fromISO(iso).setZone(timeZone).toFormat('HH:mm');
}

/**
 * « jeudi 12 mars 2026, 10:00–18:00 (heure de Paris) ». An occurrence ending on another local
 * day shows both days so nobody reads an overnight event as a same-day one.
 */
export function formatWhen(startsAt: string, endsAt: string, timeZone: string, language: Language): string {
  const start = inZone(startsAt, timeZone, language);
  const end = inZone(endsAt, timeZone, language);
  const zone = zoneLabel(timeZone, language);
  if (start.hasSame(end, 'day')) {
    return `${dayOf(start, language)}, ${start.toFormat('HH:mm')}–${end.toFormat('HH:mm')} (${zone})`;
  }
  return `${dayOf(start, language)}, ${start.toFormat('HH:mm')} – ${dayOf(end, language)}, ${end.toFormat('HH:mm')} (${zone})`;
}

/** « jeudi 12 mars 2026 à 18:00 (heure de Paris) »: a deadline or a closing time. */
export function formatMoment(iso: string, timeZone: string, language: Language): string {
  const at = inZone(iso, timeZone, language);
  const joiner = language === 'fr' ? 'à' : 'at';
  return `${dayOf(at, language)} ${joiner} ${at.toFormat('HH:mm')} (${zoneLabel(timeZone, language)})`;
}
