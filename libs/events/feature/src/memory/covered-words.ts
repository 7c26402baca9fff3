import { formatDay } from '@cercle/words';

/** What a page says beside a proposed topic close to one a past session covered (the room's page, the ballot). */
export function coveredOnText(language: 'fr' | 'en', coveredOn: Date, timeZone: string): string {
  const day = formatDay(coveredOn.toISOString(), timeZone, language);
  return language === 'fr'
    ? `Proche d’un sujet déjà abordé le ${day} : ses notes sont dans l’index des séances passées du canal.`
    : `Close to a topic already covered on ${day}: its notes are in the channel’s index of past sessions.`;
}
