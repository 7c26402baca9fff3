import type { OccurrenceSnapshot } from '@cercle/contracts';
import { formatWhen, frenchApostrophes } from '@cercle/words';
import type { Language } from './render-context';

const WORDS = {
  fr: { place: 'Lieu', theme: 'Thème', agenda: 'Programme', page: 'Page de la rencontre', cancelled: 'Rencontre annulée' },
  en: { place: 'Place', theme: 'Theme', agenda: 'Agenda', page: 'Gathering page', cancelled: 'Gathering cancelled' },
} as const;

// French puts a non-breaking space before a colon; English none.
const colon = (language: Language) => (language === 'fr' ? '\u00a0: ' : ': ');

/**
 * What a calendar entry says about an occurrence: when, where, the theme, the agenda and its public page.
 * Calendar entries are shared and forwarded, so nothing personal goes here (no greeting, no signed link).
 */
export function calendarDescription(o: OccurrenceSnapshot, language: Language, pageUrl: string | null): string {
  const w = WORDS[language];
  const c = colon(language);
  // Typed values take the apostrophe of the words around them, as in the message (never the page's URL).
  const typed = language === 'fr' ? frenchApostrophes : (text: string) => text;
  const blocks: string[] = [`${typed(o.formatName[language])} · ${formatWhen(o.startsAt, o.endsAt, o.timeZone, language)}`];
  if (o.cancellationReason !== null) blocks.push(`${w.cancelled}${c}${typed(o.cancellationReason)}`);
  if (o.location) blocks.push(`${w.place}${c}${typed(o.location)}`);
  if (o.theme) blocks.push(`${w.theme}${c}${typed(o.theme)}`);
  if (o.agenda.length)
    blocks.push(
      [`${w.agenda}${c}`.trimEnd(), ...o.agenda.map((item) => `${item.localStart}–${item.localEnd} ${typed(item.title[language])}`)].join(
        '\n',
      ),
    );
  if (pageUrl) blocks.push(`${w.page}${c}${pageUrl}`);
  return blocks.join('\n\n');
}
