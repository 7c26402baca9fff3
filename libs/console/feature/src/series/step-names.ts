import type { Language } from '@cercle/words';

/** Lifecycle steps as organisers name them (the contracts' step names are for code). */
export const STEP_LABELS: Record<Language, Record<string, string>> = {
  fr: {
    plan: 'Préparation',
    announce: 'Annonce',
    remindContributors: 'Rappel aux contributeur·rice·s',
    escalateReadiness: 'Alerte au guide sur la préparation',
    remindParticipants: 'Rappel aux participant·e·s',
    closeRegistration: 'Clôture des inscriptions',
    hold: 'Séance',
    assignNextRoles: 'Rôles de la séance suivante',
    remindNotes: 'Rappel des notes',
    archiveNotes: 'Archivage des notes',
  },
  en: {
    plan: 'Planning',
    announce: 'Announcement',
    remindContributors: 'Contributors reminder',
    escalateReadiness: 'Readiness alert to the guide',
    remindParticipants: 'Participants reminder',
    closeRegistration: 'Registration closes',
    hold: 'Session',
    assignNextRoles: 'Next session roles',
    remindNotes: 'Notes reminder',
    archiveNotes: 'Notes archived',
  },
};

export const stepLabel = (step: string, language: Language): string => STEP_LABELS[language][step] ?? step;
