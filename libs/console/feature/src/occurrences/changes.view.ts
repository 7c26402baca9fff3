import { listOf, type Language } from '@cercle/words';
import { csrfField, formAlert, inputField, textareaField } from '../series/fields';
import { markup, Html } from '../series/markup';
import { formOf, type ChangeAudienceData, type OccurrencePage } from './occurrence-data';

const WORDS = {
  fr: {
    reschedule: 'Déplacer la séance',
    localStart: 'Nouvelle date et heure',
    localStartHint: 'AAAA-MM-JJTHH:MM, heure locale',
    cancel: 'Annuler la séance',
    reason: "Motif de l'annulation",
    preview: 'Voir qui sera prévenu',
    confirmMove: 'Déplacer',
    confirmCancel: 'Annuler la séance',
    nobody: "Personne ne sera prévenu : la séance n'a pas encore été annoncée.",
    told: 'Seront prévenus :',
    holders: "les personnes qui l'ont dans leur agenda",
    registrants: (n: number) => `${n} inscrit·e(s)`,
    channel: 'le canal de la communauté',
  },
  en: {
    reschedule: 'Move the session',
    localStart: 'New date and time',
    localStartHint: 'YYYY-MM-DDTHH:MM, local time',
    cancel: 'Cancel the session',
    reason: 'Reason for cancelling',
    preview: 'See who will be told',
    confirmMove: 'Move',
    confirmCancel: 'Cancel the session',
    nobody: 'Nobody will be told: the session has not been announced yet.',
    told: 'Will be told:',
    holders: 'whoever holds it in their calendar',
    registrants: (n: number) => `${n} registrant(s)`,
    channel: "the community's channel",
  },
};

/** Who a change would tell, in words, from the events service's own answer. */
export function audienceView(audience: ChangeAudienceData, language: Language): Html {
  const w = WORDS[language];
  if (!audience.announced)
    return markup`<div class="fr-alert fr-alert--info fr-mb-2w" id="audience-${audience.kind}"><p>${w.nobody}</p></div>`;
  const parts = [
    ...(audience.calendarHolders ? [w.holders] : []),
    `${w.registrants(audience.names.length)}${audience.names.length ? ` (${audience.names.join(', ')})` : ''}`,
    ...(audience.channel ? [w.channel] : []),
  ];
  return markup`<div class="fr-alert fr-alert--warning fr-mb-2w" id="audience-${audience.kind}"><p>${w.told} ${listOf(parts, language)}.</p></div>`;
}

export function changesView(page: OccurrencePage): Html {
  const w = WORDS[page.language];
  const base = `/console/occurrences/${page.data.occurrence.id}`;
  if (page.data.occurrence.status === 'cancelled') return markup``;
  const move = formOf(page, 'reschedule');
  const cancel = formOf(page, 'cancel');
  const audience = (kind: ChangeAudienceData['kind']) => (page.audience?.kind === kind ? audienceView(page.audience, page.language) : '');
  return markup`<section aria-labelledby="changes-title" class="fr-mb-6w">
<div class="fr-grid-row fr-grid-row--gutters">
<div class="fr-col-12 fr-col-md-6">
<h2 id="changes-title">${w.reschedule}</h2>
${formAlert(move.errors._form)}
<form method="post" action="${base}/reschedule" novalidate>
  ${csrfField(page.csrf)}
  ${inputField({ name: 'localStart', label: w.localStart, hint: w.localStartHint, form: 'reschedule' }, move)}
  ${audience('reschedule')}
  <ul class="fr-btns-group fr-btns-group--inline-md">
    <li><button class="fr-btn fr-btn--secondary" type="submit" name="action" value="preview">${w.preview}</button></li>
    <li><button class="fr-btn" type="submit" name="action" value="confirm">${w.confirmMove}</button></li>
  </ul>
</form>
</div>
<div class="fr-col-12 fr-col-md-6">
<h2>${w.cancel}</h2>
${formAlert(cancel.errors._form)}
<form method="post" action="${base}/cancel" novalidate>
  ${csrfField(page.csrf)}
  ${textareaField({ name: 'reason', label: w.reason, form: 'cancel' }, cancel, 3)}
  ${audience('cancellation')}
  <ul class="fr-btns-group fr-btns-group--inline-md">
    <li><button class="fr-btn fr-btn--secondary" type="submit" name="action" value="preview">${w.preview}</button></li>
    <li><button class="fr-btn fr-btn--secondary" type="submit" name="action" value="confirm">${w.confirmCancel}</button></li>
  </ul>
</form>
</div>
</div>
</section>`;
}
