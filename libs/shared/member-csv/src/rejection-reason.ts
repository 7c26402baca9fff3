import type { Rejection } from './member-lines';

/** Why a line of a members CSV was rejected, in French or English (the CLI and the console say it alike). */
export function rejectionReason(r: Rejection, language: 'fr' | 'en'): string {
  return language === 'fr' ? frenchReason(r) : englishReason(r);
}

function frenchReason(r: Rejection): string {
  switch (r.code) {
    case 'cell-count':
      return `${r.found} cellules au lieu de ${r.expected}`;
    case 'name-missing':
      return 'nom manquant';
    case 'name-too-long':
      return 'nom trop long (200 caractères au plus)';
    case 'email-invalid':
      return `adresse e-mail invalide « ${r.value} »`;
    case 'email-duplicate':
      return `même adresse e-mail que la ligne ${r.firstLine} (${r.value})`;
    case 'mattermost-invalid':
      return `nom d’utilisateur Mattermost invalide « ${r.value} » (minuscules, chiffres, . _ -)`;
    case 'language-invalid':
      return `langue inconnue « ${r.value} » (fr ou en)`;
    case 'already-member':
      return `déjà membre (${r.value})`;
  }
}

function englishReason(r: Rejection): string {
  switch (r.code) {
    case 'cell-count':
      return `${r.found} cells instead of ${r.expected}`;
    case 'name-missing':
      return 'name missing';
    case 'name-too-long':
      return 'name too long (200 characters at most)';
    case 'email-invalid':
      return `invalid email address "${r.value}"`;
    case 'email-duplicate':
      return `same email address as line ${r.firstLine} (${r.value})`;
    case 'mattermost-invalid':
      return `invalid Mattermost username "${r.value}" (lower-case letters, digits, . _ -)`;
    case 'language-invalid':
      return `unknown language "${r.value}" (fr or en)`;
    case 'already-member':
      return `already a member (${r.value})`;
  }
}
