import type { PageContext } from '../shell/page-context';
import { renderPage } from '../shell/page-shell';

const text = {
  fr: {
    403: ['Formulaire expiré', 'Ce formulaire a expiré ou ne vient pas de cette page. Rechargez la page et recommencez.'],
    404: ['Page introuvable', 'Cette page n’existe pas, ou vous n’y avez pas accès.'],
    503: ['Service indisponible', 'Un service de Cercle ne répond pas pour l’instant. Réessayez dans un moment.'],
    500: [
      'Erreur inattendue',
      'Une erreur inattendue s’est produite. Réessayez ; si elle persiste, prévenez la personne qui administre Cercle.',
    ],
    back: 'Retour à l’accueil',
  },
  en: {
    403: ['Form expired', 'This form expired or does not come from this page. Reload the page and try again.'],
    404: ['Page not found', 'This page does not exist, or you have no access to it.'],
    503: ['Service unavailable', 'A Cercle service is not answering right now. Try again in a moment.'],
    500: ['Unexpected error', 'An unexpected error happened. Try again; if it persists, tell whoever runs Cercle.'],
    back: 'Back to the home page',
  },
} as const;

/** The console's error pages, in the same shell as every page. */
export function errorPage(page: PageContext, status: 403 | 404 | 500 | 503): string {
  const w = text[page.lang];
  const [title, message] = w[status];
  return renderPage(page, { title, main: `<p>${message}</p><p><a class="fr-link" href="/console">${w.back}</a></p>` });
}
