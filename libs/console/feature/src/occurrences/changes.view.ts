import { countOf, listOf, type Language } from '@cercle/words';
import { countAudience } from './audience-count';
import { isOver, overText } from './change-checks';
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
    people: (n: number) => `${countOf(n, 'personne', 'personnes', 'fr')} par e-mail (ou en message privé pour qui l’a choisi)`,
    registrants: (n: number) => countOf(n, 'inscrit·e', 'inscrit·e·s', 'fr'),
    holders: (n: number) => (n < 2 ? `${n} personne l’a dans son agenda` : `${n} personnes l’ont dans leur agenda`),
    holdersUnknown: 'et les personnes qui l’ont dans leur agenda (leur nombre n’est pas disponible pour l’instant)',
    channel: (n: number) => `${countOf(n, 'message', 'messages', 'fr')} dans le canal de la communauté`,
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
    people: (n: number) => `${countOf(n, 'person', 'people', 'en')} by email (or direct message for those who chose it)`,
    registrants: (n: number) => countOf(n, 'registrant', 'registrants', 'en'),
    holders: (n: number) => `${countOf(n, 'person holds', 'people hold', 'en')} it in their calendar`,
    holdersUnknown: 'and whoever holds it in their calendar (how many is not available right now)',
    channel: (n: number) => `${countOf(n, 'message', 'messages', 'en')} in the community's channel`,
  },
};

/** Who a change would tell, counted by channel, from the events service's answer and notifications' calendar holders. */
export function audienceView(audience: ChangeAudienceData, language: Language): Html {
  const w = WORDS[language];
  if (!audience.announced)
    return markup`<div class="fr-alert fr-alert--info fr-mb-2w" id="audience-${audience.kind}"><p>${w.nobody}</p></div>`;
  const count = countAudience(audience);
  const registrants = `${w.registrants(count.registrants)}${audience.names.length ? ` (${listOf(audience.names, language)})` : ''}`;
  const who =
    count.holders === null
      ? `${registrants} ${w.holdersUnknown}`
      : [registrants, ...(audience.calendarHolders ? [w.holders(count.holders)] : [])].join(' ; ');
  const personal = count.holders === null ? who : `${w.people(count.people)} : ${who}`;
  const lines = [personal, ...(count.channelPosts ? [w.channel(count.channelPosts)] : [])];
  return markup`<div class="fr-alert fr-alert--warning fr-mb-2w" id="audience-${audience.kind}"><p>${w.told}</p><ul>${lines.map(
    (line) => markup`<li>${line}.</li>`,
  )}</ul></div>`;
}

export function changesView(page: OccurrencePage): Html {
  const w = WORDS[page.language];
  const base = `/console/occurrences/${page.data.occurrence.id}`;
  if (page.data.occurrence.status === 'cancelled') return markup``;
  if (isOver(page.data.occurrence.status))
    return markup`<section aria-labelledby="changes-title" class="fr-mb-6w">
<h2 id="changes-title">${w.reschedule} / ${w.cancel.toLowerCase()}</h2>
<div class="fr-alert fr-alert--info fr-alert--sm" id="changes-over"><p>${overText(page.language)}</p></div>
</section>`;
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
