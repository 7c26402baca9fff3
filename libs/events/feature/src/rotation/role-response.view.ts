import { DateTime } from 'luxon';
import { topicKindLabelsIn } from '@cercle/contracts';
import { escapeHtml } from '@cercle/platform';
import type { RoleResponseView } from './role-response.service';

export type Lang = 'fr' | 'en';

/** What a contributor presents at a peer-group session (the format's contribution kinds): workshops are the forum's. */
function contributionKinds(lang: Lang): Record<string, string> {
  const { workshop: _workshop, ...kinds } = topicKindLabelsIn(lang);
  return kinds;
}

const text = {
  fr: {
    title: 'Votre rôle pour la prochaine session',
    hello: 'Bonjour',
    proposed: 'Vous êtes proposé·e comme',
    roles: { guide: 'guide', contributor: 'contributeur·rice' },
    on: 'pour',
    theme: 'Thème',
    noDate: 'date à venir',
    question: 'Acceptez-vous ce rôle ?',
    accept: 'J’accepte',
    decline: 'Je décline',
    accepted: 'Merci ! Vous avez accepté ce rôle. Vous recevrez les rappels de préparation.',
    declined: 'C’est noté : vous avez décliné ce rôle. Il est proposé à quelqu’un d’autre.',
    change: 'Vous pouvez encore décliner si vos disponibilités changent.',
    error: 'Erreur',
    contribution: 'Votre contribution',
    kind: 'Type',
    titleField: 'Titre',
    materials: 'Lien vers vos supports',
    status: 'Préparation',
    kinds: contributionKinds('fr'),
    statuses: { notStarted: 'Pas commencée', inProgress: 'En cours', ready: 'Prête' },
    save: 'Enregistrer ma contribution',
    saved: 'Votre contribution est enregistrée.',
    none: '—',
  },
  en: {
    title: 'Your role for the next session',
    hello: 'Hello',
    proposed: 'You have been proposed as',
    roles: { guide: 'guide', contributor: 'contributor' },
    on: 'for',
    theme: 'Theme',
    noDate: 'date to be set',
    question: 'Do you accept this role?',
    accept: 'I accept',
    decline: 'I decline',
    accepted: 'Thank you! You accepted this role. You will receive the preparation reminders.',
    declined: 'Noted: you declined this role. It is being offered to someone else.',
    change: 'You can still decline if your availability changes.',
    error: 'Error',
    contribution: 'Your contribution',
    kind: 'Kind',
    titleField: 'Title',
    materials: 'Link to your materials',
    status: 'Preparation',
    kinds: contributionKinds('en'),
    statuses: { notStarted: 'Not started', inProgress: 'In progress', ready: 'Ready' },
    save: 'Save my contribution',
    saved: 'Your contribution is saved.',
    none: '—',
  },
} as const;

export const pageLanguage = (requested: unknown, fallback: Lang): Lang => (requested === 'en' || requested === 'fr' ? requested : fallback);

function page(lang: Lang, title: string, body: string): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} — Cercle</title>
<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:0 auto;padding:1rem;line-height:1.5;color:#161616}
label{display:block;margin:.5rem 0 .1rem}input,select{width:100%;padding:.5rem;font:inherit;box-sizing:border-box}
button{font:inherit;padding:.6rem 1.2rem;margin:.25rem .5rem .25rem 0;border-radius:.25rem;border:2px solid #000091}
button[value=accept],button[value=save]{background:#000091;color:#fff}button[value=decline]{background:#fff;color:#000091}
.error{color:#b00020}.ok{background:#e8f5e9;padding:.75rem;border-radius:.25rem}</style></head><body><main>${body}</main></body></html>`;
}

function contributionForm(lang: Lang, contribution: NonNullable<RoleResponseView['contribution']>, action: string, saved: boolean): string {
  const t = text[lang];
  const [path, query] = action.split('?');
  const options = (labels: Record<string, string>, current: string | null, blank: boolean) =>
    (blank ? `<option value="">${t.none}</option>` : '') +
    Object.entries(labels)
      .map(([value, label]) => `<option value="${value}"${current === value ? ' selected' : ''}>${escapeHtml(label)}</option>`)
      .join('');
  return `<form method="post" action="${escapeHtml(`${path}/contribution${query ? `?${query}` : ''}`)}"><fieldset><legend>${t.contribution}</legend>
${saved ? `<p class="ok" role="status">${t.saved}</p>` : ''}
<label for="kind">${t.kind}</label><select id="kind" name="kind">${options(t.kinds, contribution.kind, true)}</select>
<label for="title">${t.titleField}</label><input type="text" id="title" name="title" maxlength="255" value="${escapeHtml(contribution.title)}">
<label for="materialsUrl">${t.materials}</label><input type="url" id="materialsUrl" name="materialsUrl" maxlength="2000" value="${escapeHtml(contribution.materialsUrl)}">
<label for="prepStatus">${t.status}</label><select id="prepStatus" name="prepStatus">${options(t.statuses, contribution.prepStatus, false)}</select>
<p><button type="submit" value="save">${t.save}</button></p></fieldset></form>`;
}

/** Who, which role, which session; Accept / Decline as a plain form post (no JavaScript needed). */
export function renderRoleResponsePage(lang: Lang, view: RoleResponseView, action: string, contributionSaved = false): string {
  const t = text[lang];
  const when = view.session.startsAt
    ? DateTime.fromJSDate(view.session.startsAt).setZone(view.session.timeZone).setLocale(lang).toFormat('cccc d LLLL yyyy, HH:mm')
    : t.noDate;
  const answered =
    view.answer === 'pending' ? '' : `<p class="ok" role="status">${view.answer === 'accepted' ? t.accepted : t.declined}</p>`;
  const buttons =
    view.answer === 'declined'
      ? ''
      : `<form method="post" action="${escapeHtml(action)}"><fieldset><legend>${view.answer === 'accepted' ? t.change : t.question}</legend>
${view.answer === 'pending' ? `<button type="submit" name="response" value="accept">${t.accept}</button>` : ''}<button type="submit" name="response" value="decline">${t.decline}</button></fieldset></form>`;
  return page(
    lang,
    t.title,
    `<h1>${t.title}</h1><p>${t.hello} ${escapeHtml(view.member.name)},</p>
<p>${t.proposed} <strong>${t.roles[view.role]}</strong> ${t.on} <strong>${escapeHtml(view.session.title)}</strong>, <time>${escapeHtml(when)}</time>.</p>
${view.session.theme ? `<p>${t.theme} : ${escapeHtml(view.session.theme)}</p>` : ''}${answered}${buttons}
${view.contribution ? contributionForm(lang, view.contribution, action, contributionSaved) : ''}`,
  );
}

export function renderRoleErrorPage(lang: Lang, status: number, message: string): string {
  return page(lang, text[lang].error, `<h1>${text[lang].error} ${status}</h1><p class="error" role="alert">${escapeHtml(message)}</p>`);
}
