import { formatMoment, type Language } from '@cercle/words';
import { csrfField, formAlert, selectField, type FormState } from '../series/fields';
import { markup, Html } from '../series/markup';
import { dataTable } from '../series/table';
import { deliveryChannelLabel, messageKindLabel } from './delivery-words';

/** A delivery of `GET /deliveries?status=failed`. */
export interface FailedDelivery {
  id: string;
  kind: string;
  channel: string;
  address: string;
  attempts: number;
  lastError: string | null;
  providerAnswer: string | null;
  createdAt: string;
}

/** `POST /previews` as JSON. */
export interface RenderedPreview {
  kind: string;
  language: string;
  subject: string;
  text: string;
  html: string;
  chat: string;
}

export interface DeliveriesPage {
  language: Language;
  csrf: string;
  timeZone: string;
  failed: FailedDelivery[];
  /** The message kinds a preview can show (the contracts' list). */
  kinds: string[];
  members: Array<{ id: string; name: string }>;
  /** The community's series: a preview renders with a series' own template when it has one. */
  series: Array<{ id: string; title: string }>;
  form: FormState;
  preview: RenderedPreview | null;
  flash?: string;
}

const WORDS = {
  fr: {
    heading: 'Envois',
    failed: 'Envois en échec',
    kind: 'Message',
    channel: 'Canal',
    to: 'Destinataire',
    attempts: 'Essais',
    error: 'Erreur',
    answer: 'Réponse du fournisseur',
    at: 'Créé',
    resend: 'Renvoyer',
    resendAll: 'Renvoyer tous les envois en échec',
    none: 'Aucun envoi en échec.',
    previewTitle: "Aperçu d'un message",
    member: 'Pour le membre',
    seriesField: 'Série',
    show: 'Afficher l’aperçu',
    subject: 'Objet',
    text: 'Texte',
    html: 'Courriel tel qu’il sera affiché',
    chat: 'Message Mattermost',
  },
  en: {
    heading: 'Deliveries',
    failed: 'Failed deliveries',
    kind: 'Message',
    channel: 'Channel',
    to: 'Recipient',
    attempts: 'Attempts',
    error: 'Error',
    answer: "Provider's answer",
    at: 'Created',
    resend: 'Resend',
    resendAll: 'Resend every failed delivery',
    none: 'No failed delivery.',
    previewTitle: 'Preview a message',
    member: 'For member',
    seriesField: 'Series',
    show: 'Show the preview',
    subject: 'Subject',
    text: 'Text',
    html: 'Email as it will show',
    chat: 'Mattermost message',
  },
};

/** Failed deliveries with what the provider answered, resend one or all; a message preview for a chosen member. */
export function deliveriesView(page: DeliveriesPage): Html {
  const w = WORDS[page.language];
  const rows = page.failed.map(
    (
      d,
    ) => markup`<tr><td>${messageKindLabel(d.kind, page.language)}</td><td>${deliveryChannelLabel(d.channel, page.language)}</td><td>${d.address}</td><td>${d.attempts}</td><td>${d.lastError ?? '—'}</td>
<td><code>${d.providerAnswer ?? '—'}</code></td><td>${formatMoment(d.createdAt, page.timeZone, page.language)}</td>
<td><form method="post" action="/console/deliveries/${d.id}/resend">${csrfField(page.csrf)}<button class="fr-btn fr-btn--sm fr-btn--secondary" type="submit">${w.resend}<span class="fr-sr-only"> ${messageKindLabel(d.kind, page.language)} ${d.address}</span></button></form></td></tr>`,
  );
  const { form, preview } = page;
  return markup`<h1>${w.heading}</h1>
${page.flash ? markup`<div class="fr-alert fr-alert--success fr-mb-3w" role="status"><p>${page.flash}</p></div>` : ''}
<section aria-labelledby="failed-title" class="fr-mb-6w">
<h2 id="failed-title">${w.failed}</h2>
${dataTable(w.failed, [w.kind, w.channel, w.to, w.attempts, w.error, w.answer, w.at, ''], rows, w.none)}
${
  page.failed.length
    ? markup`<form method="post" action="/console/deliveries/resend-all">${csrfField(page.csrf)}<button class="fr-btn" type="submit">${w.resendAll}</button></form>`
    : ''
}
</section>
<section aria-labelledby="preview-title">
<h2 id="preview-title">${w.previewTitle}</h2>
${formAlert(form.errors._form)}
<form method="post" action="/console/deliveries/preview" novalidate>
  ${csrfField(page.csrf)}
  ${selectField(
    { name: 'kind', label: w.kind },
    page.kinds.map((k) => ({ value: k, label: messageKindLabel(k, page.language) })),
    form,
  )}
  ${selectField(
    { name: 'memberId', label: w.member },
    page.members.map((m) => ({ value: m.id, label: m.name })),
    form,
  )}
  ${selectField({ name: 'seriesId', label: w.seriesField }, [{ value: '', label: '—' }, ...page.series.map((s) => ({ value: s.id, label: s.title }))], form)}
  ${selectField(
    { name: 'language', label: 'Langue / Language' },
    [
      { value: 'fr', label: 'Français' },
      { value: 'en', label: 'English' },
    ],
    form,
  )}
  <button class="fr-btn" type="submit">${w.show}</button>
</form>
${
  preview
    ? markup`<div class="fr-mt-4w" id="preview">
<h3>${w.subject}</h3><p>${preview.subject}</p>
<h3>${w.html}</h3>
<iframe title="${w.html}" sandbox="" srcdoc="${preview.html}" class="console-preview-frame"></iframe>
<h3>${w.text}</h3><pre class="console-pre-wrap">${preview.text}</pre>
<h3>${w.chat}</h3><pre class="console-pre-wrap">${preview.chat}</pre>
</div>`
    : ''
}
</section>`;
}
