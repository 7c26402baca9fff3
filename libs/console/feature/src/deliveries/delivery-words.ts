import type { NotificationKind } from '@cercle/contracts';
import type { Language } from '@cercle/words';

/** Message kinds as organisers name them (the contracts' codes are for code); a new kind must be named here. */
export const MESSAGE_KIND_LABELS: Record<Language, Record<NotificationKind, string>> = {
  fr: {
    announcement: 'Annonce de la séance',
    registrationConfirmation: 'Confirmation d’inscription',
    waitingList: 'Liste d’attente',
    prepReminder: 'Rappel de préparation',
    prepConfirmation: 'Confirmation de préparation',
    readinessEscalation: 'Alerte au guide sur la préparation',
    contributorsIntro: 'Présentation de l’équipe',
    roleAssigned: 'Rôle confié',
    roleRemoved: 'Rôle retiré',
    participantReminder: 'Rappel aux participant·e·s',
    agenda: 'Ordre du jour',
    nextRoles: 'Rôles de la séance suivante',
    notesReminder: 'Rappel des notes',
    notesArchive: 'Archive des notes',
    reschedule: 'Séance déplacée',
    cancellation: 'Séance annulée',
    programme: 'Programme',
    healthAlert: 'Alerte sur la série',
    healthAlertCleared: 'Fin d’une alerte sur la série',
  },
  en: {
    announcement: 'Session announcement',
    registrationConfirmation: 'Registration confirmation',
    waitingList: 'Waiting list',
    prepReminder: 'Preparation reminder',
    prepConfirmation: 'Preparation confirmation',
    readinessEscalation: 'Readiness alert to the guide',
    contributorsIntro: 'Team introduction',
    roleAssigned: 'Role given',
    roleRemoved: 'Role taken back',
    participantReminder: 'Participants reminder',
    agenda: 'Agenda',
    nextRoles: 'Next session roles',
    notesReminder: 'Notes reminder',
    notesArchive: 'Notes archive',
    reschedule: 'Session moved',
    cancellation: 'Session cancelled',
    programme: 'Programme',
    healthAlert: 'Series alert',
    healthAlertCleared: 'Series alert cleared',
  },
};

const CHANNEL_LABELS: Record<Language, Record<string, string>> = {
  fr: {
    email: 'E-mail',
    'mattermost-post': 'Canal Mattermost',
    'mattermost-dm': 'Message privé Mattermost',
    'matrix-post': 'Salon Matrix',
    'matrix-dm': 'Message privé Matrix',
  },
  en: {
    email: 'Email',
    'mattermost-post': 'Mattermost channel',
    'mattermost-dm': 'Mattermost direct message',
    'matrix-post': 'Matrix room',
    'matrix-dm': 'Matrix direct message',
  },
};

const STATUS_LABELS: Record<Language, Record<string, string>> = {
  fr: { pending: 'En attente', sent: 'Envoyé', failed: 'En échec', skipped: 'Non envoyé' },
  en: { pending: 'Pending', sent: 'Sent', failed: 'Failed', skipped: 'Not sent' },
};

/** A message kind in words; a code the console does not know yet shows as it is rather than not at all. */
export const messageKindLabel = (kind: string, language: Language): string =>
  (MESSAGE_KIND_LABELS[language] as Record<string, string>)[kind] ?? kind;

export const deliveryChannelLabel = (channel: string, language: Language): string => CHANNEL_LABELS[language][channel] ?? channel;

export const deliveryStatusLabel = (status: string, language: Language): string => STATUS_LABELS[language][status] ?? status;
