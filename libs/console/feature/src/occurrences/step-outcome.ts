import type { Language } from '@cercle/words';

/**
 * What a lifecycle step did, in the page's language. Events records each step's outcome as English text
 * for its logs (with message ids and counts); the console says it in its own words, and keeps events'
 * text as a detail when it carries more than the words say.
 */
export interface StepOutcome {
  summary: string;
  /** Events' own text (English), shown under the summary; null when the summary says all of it. */
  detail: string | null;
}

// The reasons events gives for skipping a step: fixed sentences, said whole in the console's words.
const SKIP_REASONS: Record<Language, Record<string, string>> = {
  fr: {
    'nobody registered (yes or maybe)': 'Personne n’est inscrit (oui ou peut-être).',
    'stopped: occurrence cancelled': 'Arrêtée : la séance est annulée.',
    'no scribes named': 'Aucune personne n’a été choisie pour prendre les notes.',
    'every scribe has submitted their notes': 'Toutes les notes ont déjà été remises.',
    'no notes submitted': 'Aucune note n’a été remise.',
    'no guide to tell': 'Pas de guide à prévenir.',
    'no contributors': 'Pas de contributeur ni de contributrice.',
    'every contribution is ready': 'Toutes les contributions sont prêtes.',
  },
  en: {
    'nobody registered (yes or maybe)': 'Nobody registered (yes or maybe).',
    'stopped: occurrence cancelled': 'Stopped: the session is cancelled.',
    'no scribes named': 'Nobody was chosen to take notes.',
    'every scribe has submitted their notes': 'Every scribe has submitted their notes.',
    'no notes submitted': 'No notes were submitted.',
    'no guide to tell': 'No guide to tell.',
    'no contributors': 'No contributors.',
    'every contribution is ready': 'Every contribution is ready.',
  },
};

// What each step does when it runs; events' text (message ids, counts) stays as the detail.
const DONE: Record<Language, Record<string, string>> = {
  fr: {
    plan: 'Séance planifiée.',
    announce: 'Annonce envoyée, inscriptions ouvertes.',
    remindContributors: 'Rappel envoyé aux contributeur·rice·s.',
    escalateReadiness: 'Guide prévenu·e des contributions pas prêtes.',
    remindParticipants: 'Rappel envoyé aux participant·e·s.',
    closeRegistration: 'Inscriptions closes.',
    hold: 'Séance tenue, ordre du jour publié.',
    assignNextRoles: 'Rôles de la séance suivante proposés.',
    remindNotes: 'Rappel envoyé aux preneurs et preneuses de notes.',
    archiveNotes: 'Notes archivées et publiées.',
  },
  en: {
    plan: 'Session planned.',
    announce: 'Announcement sent, registration open.',
    remindContributors: 'Reminder sent to contributors.',
    escalateReadiness: 'Guide told of the contributions not ready.',
    remindParticipants: 'Reminder sent to participants.',
    closeRegistration: 'Registration closed.',
    hold: 'Session held, agenda posted.',
    assignNextRoles: 'Next session’s roles offered.',
    remindNotes: 'Reminder sent to the scribes.',
    archiveNotes: 'Notes archived and posted.',
  },
};

export function stepOutcome(step: string, state: string, outcome: string | null, language: Language): StepOutcome | null {
  if (state === 'pending' || (!outcome && state !== 'done')) return null;
  if (state === 'skipped') {
    const known = outcome ? SKIP_REASONS[language][outcome] : undefined;
    return known ? { summary: known, detail: null } : { summary: '', detail: outcome };
  }
  const summary = state === 'done' ? (DONE[language][step] ?? '') : '';
  return { summary, detail: outcome || null };
}
