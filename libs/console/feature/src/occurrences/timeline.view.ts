import { formatMoment, type Language } from '@cercle/words';
import { csrfField } from '../series/fields';
import { markup, Html } from '../series/markup';
import { statusBadge } from '../series/status-badge';
import { stepLabel } from '../series/step-names';
import { dataTable } from '../series/table';
import type { OccurrenceData } from './occurrence-data';
import { stepOutcome } from './step-outcome';

const WORDS = {
  fr: {
    caption: 'Chronologie',
    step: 'Étape',
    due: 'Prévue',
    state: 'État',
    done: 'Faite',
    outcome: 'Résultat',
    run: 'Exécuter maintenant',
  },
  en: { caption: 'Timeline', step: 'Step', due: 'Due', state: 'State', done: 'Done', outcome: 'Outcome', run: 'Run now' },
};

/**
 * Each lifecycle step with its state and times. Steps run in order, so "run now" is offered on the next
 * pending step only (the API runs the next one; earlier ones cannot be left behind).
 */
export function timelineView(occurrence: OccurrenceData['occurrence'], csrf: string, language: Language): Html {
  const w = WORDS[language];
  const next = occurrence.status === 'cancelled' ? undefined : occurrence.timeline.find((s) => s.state === 'pending');
  // DSFR keeps table cells on one line; the outcome (events' text) and long dates wrap instead, and "run now"
  // sits beside the step's state, so the table fits a 1280 px screen and the action is not scrolled away.
  const rows = occurrence.timeline.map(
    (s) => markup`<tr>
  <td class="fr-cell--multiline">${stepLabel(s.step, language)}</td>
  <td class="fr-cell--multiline">${formatMoment(s.dueAt, occurrence.timeZone, language)}</td>
  <td class="fr-cell--multiline">${statusBadge(s.state, language)}${
    s === next
      ? markup`<form method="post" action="/console/occurrences/${occurrence.id}/advance" class="fr-mt-1w">${csrfField(csrf)}<button class="fr-btn fr-btn--sm" type="submit">${w.run}<span class="fr-sr-only"> : ${stepLabel(s.step, language)}</span></button></form>`
      : ''
  }</td>
  <td class="fr-cell--multiline">${s.doneAt ? formatMoment(s.doneAt, occurrence.timeZone, language) : ''}</td>
  <td class="fr-cell--multiline console-outcome">${outcomeCell(s.step, s.state, s.outcome ?? null, language)}</td>
</tr>`,
  );
  return dataTable(w.caption, [w.step, w.due, w.state, w.done, w.outcome], rows);
}

/** The console's words for what the step did; events' English text under them, marked as English for screen readers. */
function outcomeCell(step: string, state: string, outcome: string | null, language: Language): Html {
  const said = stepOutcome(step, state, outcome, language);
  if (!said) return markup``;
  const detail = said.detail ? markup`<span class="fr-hint-text" lang="en">${said.detail}</span>` : '';
  return markup`${said.summary}${detail}`;
}
