import { formatWhen } from '@cercle/words';
import type { Lang } from './registration-page.text';

/** Enough for every occurrence with open registration on a large network; beyond it, the oldest go first. */
const MAX_ENTRIES = 2000;
const remembered = new Map<string, string>();

/**
 * « lundi 1er février 2027, 10:00–12:00 (heure de Paris) », remembered per occurrence time and language:
 * formatting it through Luxon took a third of the registration page's CPU, for a text that is the same
 * for every member of an occurrence. Keyed by the times themselves, so a moved occurrence reads anew.
 */
export function occurrenceWhen(startsAt: Date, endsAt: Date, timeZone: string, lang: Lang): string {
  const key = `${startsAt.getTime()}|${endsAt.getTime()}|${timeZone}|${lang}`;
  let text = remembered.get(key);
  if (text === undefined) {
    text = formatWhen(startsAt.toISOString(), endsAt.toISOString(), timeZone, lang);
    if (remembered.size >= MAX_ENTRIES) remembered.delete(remembered.keys().next().value!);
    remembered.set(key, text);
  }
  return text;
}
