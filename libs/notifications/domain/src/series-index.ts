import { formatDay, neutraliseMentions } from '@cercle/words';
import type { Language } from './render-context';

/** One past session of a series as its channel index lists it. */
export interface IndexedSession {
  occurrenceId: string;
  startsAt: string;
  title: string;
  theme: string | null;
  /** The session's notes thread in the chat. */
  link: string | null;
}

const HEADINGS: Record<Language, (title: string) => string> = {
  fr: (title) => `#### :card_index: Séances passées — ${title}`,
  en: (title) => `#### :card_index: Past sessions — ${title}`,
};
const NOTES: Record<Language, string> = { fr: 'notes', en: 'notes' };

/**
 * The channel post that indexes a series' past sessions, newest first: the day, the theme (or the title)
 * and a link to the notes thread. Text people typed is kept from mentioning anyone.
 */
export function renderSeriesIndex(input: {
  seriesTitle: string;
  sessions: IndexedSession[];
  timeZone: string;
  language: Language;
}): string {
  const { language } = input;
  const lines = [...input.sessions]
    .sort((a, b) => b.startsAt.localeCompare(a.startsAt))
    .map((s) => {
      const what = neutraliseMentions(s.theme ?? s.title);
      const link = s.link ? ` — [${NOTES[language]}](${s.link})` : '';
      return `- ${formatDay(s.startsAt, input.timeZone, language)} — ${what}${link}`;
    });
  return [HEADINGS[language](neutraliseMentions(input.seriesTitle)), ...lines].join('\n');
}
