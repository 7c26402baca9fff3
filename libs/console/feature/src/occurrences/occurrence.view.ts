import { formatWhen } from '@cercle/words';
import { markup, Html } from '../series/markup';
import { statusBadge } from '../series/status-badge';
import { alertsView } from './alerts.view';
import { changesView } from './changes.view';
import type { OccurrencePage } from './occurrence-data';
import { registrationsView } from './registrations.view';
import { rolesView, scribesAndNotesView } from './roles.view';
import { timelineView } from './timeline.view';
import { topicsView } from './topics.view';

const SECTIONS = {
  fr: [
    ['timeline', 'Chronologie'],
    ['alerts-title', 'Alertes'],
    ['registrations-title', 'Inscriptions'],
    ['topics-title', 'Sujets'],
    ['roles-title', 'Rôles'],
    ['scribes-title', 'Scribes'],
    ['notes-title', 'Notes'],
    ['changes-title', 'Déplacer ou annuler'],
  ],
  en: [
    ['timeline', 'Timeline'],
    ['alerts-title', 'Alerts'],
    ['registrations-title', 'Registrations'],
    ['topics-title', 'Topics'],
    ['roles-title', 'Roles'],
    ['scribes-title', 'Scribes'],
    ['notes-title', 'Notes'],
    ['changes-title', 'Move or cancel'],
  ],
};

/** One occurrence, everything an organiser runs it with, on one page with a summary of its sections. */
export function occurrenceView(page: OccurrencePage): Html {
  const { occurrence } = page.data;
  const language = page.language;
  return markup`<h1>${occurrence.title}</h1>
<div class="fr-mb-2w">${formatWhen(occurrence.startsAt, occurrence.endsAt, occurrence.timeZone, language)}${occurrence.location ? ` — ${occurrence.location}` : ''} ${statusBadge(occurrence.status, language)}</div>
${occurrence.theme ? markup`<p>${language === 'fr' ? 'Thématique' : 'Theme'} : ${occurrence.theme}</p>` : ''}
${page.flash ? markup`<div class="fr-alert fr-alert--${page.flash.kind} fr-mb-3w" role="${page.flash.kind === 'error' ? 'alert' : 'status'}"><p>${page.flash.text}</p></div>` : ''}
<nav class="fr-summary fr-mb-4w" role="navigation" aria-labelledby="summary-title">
  <p class="fr-summary__title" id="summary-title">${language === 'fr' ? 'Sommaire' : 'Contents'}</p>
  <ol class="fr-summary__list">${SECTIONS[language].map(([id, label]) => markup`<li><a class="fr-summary__link" href="#${id}">${label}</a></li>`)}</ol>
</nav>
<section aria-labelledby="timeline" class="fr-mb-6w">
<h2 id="timeline">${SECTIONS[language][0][1]}</h2>
${timelineView(occurrence, page.csrf, language)}
</section>
<section aria-labelledby="alerts-title" class="fr-mb-6w">
<h2 id="alerts-title">${SECTIONS[language][1][1]}</h2>
${alertsView(occurrence, page.data.members, language)}
</section>
${registrationsView(page.data.registrations, language)}
${topicsView(page)}
${rolesView(page)}
${scribesAndNotesView(page)}
${changesView(page)}`;
}
