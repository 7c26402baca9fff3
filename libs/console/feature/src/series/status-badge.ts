import type { Language } from '@cercle/words';
import { markup, Html } from './markup';

const LABELS: Record<Language, Record<string, string>> = {
  fr: {
    planned: 'Prévue',
    announced: 'Annoncée',
    closed: 'Inscriptions closes',
    held: 'Tenue',
    archived: 'Archivée',
    cancelled: 'Annulée',
    pending: 'À venir',
    done: 'Faite',
    skipped: 'Sautée',
    failed: 'Échec',
    sent: 'Envoyé',
  },
  en: {
    planned: 'Planned',
    announced: 'Announced',
    closed: 'Registration closed',
    held: 'Held',
    archived: 'Archived',
    cancelled: 'Cancelled',
    pending: 'Pending',
    done: 'Done',
    skipped: 'Skipped',
    failed: 'Failed',
    sent: 'Sent',
  },
};

const TONES: Record<string, string> = {
  announced: 'info',
  done: 'success',
  held: 'success',
  archived: 'success',
  sent: 'success',
  cancelled: 'error',
  failed: 'error',
  skipped: 'warning',
  closed: 'warning',
};

/** A state as a DSFR badge (the tone is never the only sign: the label says it too). */
export function statusBadge(status: string, language: Language): Html {
  const tone = TONES[status];
  return markup`<p class="fr-badge fr-badge--sm${tone ? ` fr-badge--${tone}` : ''}">${LABELS[language][status] ?? status}</p>`;
}
