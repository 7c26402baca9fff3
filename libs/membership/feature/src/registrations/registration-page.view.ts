import { DateTime } from 'luxon';
import type { RegistrationView } from './registrations.service';

type Lang = 'fr' | 'en';

const text = {
  fr: {
    title: 'Inscription', hello: 'Bonjour', question: 'Serez-vous là ?', yes: 'Oui', no: 'Non', maybe: 'Peut-être',
    topic: 'Proposer un sujet (facultatif)', topicTitle: 'Titre du sujet', topicKind: 'Type', topicDescription: 'Quelques mots',
    kinds: { talk: 'Exposé', demo: 'Démonstration', experienceReport: "Retour d'expérience", invitedExpert: 'Invité·e', workshop: 'Atelier' },
    submit: 'Envoyer ma réponse', saved: 'Votre réponse est enregistrée :', closed: 'Les inscriptions sont closes.',
    errors: 'Merci de corriger :', change: 'Vous pouvez changer votre réponse à tout moment avec ce même lien.', none: '—',
  },
  en: {
    title: 'Registration', hello: 'Hello', question: 'Will you come?', yes: 'Yes', no: 'No', maybe: 'Maybe',
    topic: 'Propose a topic (optional)', topicTitle: 'Topic title', topicKind: 'Kind', topicDescription: 'A few words',
    kinds: { talk: 'Talk', demo: 'Demo', experienceReport: 'Experience report', invitedExpert: 'Invited expert', workshop: 'Workshop' },
    submit: 'Send my answer', saved: 'Your answer is saved:', closed: 'Registration is closed.',
    errors: 'Please correct:', change: 'You can change your answer at any time with this same link.', none: '—',
  },
} as const;

export function escapeHtml(value: unknown): string {
  return String(value ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

export function pageLanguage(requested: unknown, fallback: Lang): Lang {
  return requested === 'en' || requested === 'fr' ? requested : fallback;
}

function layout(lang: Lang, title: string, body: string): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} — Cercle</title>
<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:0 auto;padding:1rem;line-height:1.5;color:#161616}
fieldset{border:1px solid #ccc;border-radius:.5rem;margin:1rem 0;padding:1rem}label{display:block;margin:.25rem 0}
input[type=text],select,textarea{width:100%;padding:.5rem;font:inherit;box-sizing:border-box}button{font:inherit;padding:.6rem 1.2rem;background:#000091;color:#fff;border:0;border-radius:.25rem}
.error{color:#b00020}.ok{background:#e8f5e9;padding:.75rem;border-radius:.25rem}</style></head><body><main>${body}</main></body></html>`;
}

/** The registration page: server-rendered, usable without JavaScript, French unless asked otherwise. */
export function renderRegistrationPage(options: {
  lang: Lang;
  view: RegistrationView;
  action: string;
  errors?: Array<{ path: string; message: string }>;
  saved?: boolean;
  values?: Record<string, string>;
}): string {
  const t = text[options.lang];
  const { member, occurrence, registration } = options.view;
  const when = DateTime.fromJSDate(occurrence.startsAt).setZone(occurrence.timeZone).setLocale(options.lang);
  const end = DateTime.fromJSDate(occurrence.endsAt).setZone(occurrence.timeZone);
  const current = options.values?.answer ?? registration?.answer;
  const errors = options.errors?.length
    ? `<div class="error" role="alert"><p>${t.errors}</p><ul>${options.errors.map((e) => `<li>${escapeHtml(e.path)} : ${escapeHtml(e.message)}</li>`).join('')}</ul></div>`
    : '';
  const saved = options.saved && registration ? `<p class="ok" role="status">${t.saved} <strong>${t[registration.answer]}</strong>. ${t.change}</p>` : '';
  const radio = (value: 'yes' | 'no' | 'maybe') =>
    `<label><input type="radio" name="answer" value="${value}"${current === value ? ' checked' : ''} required> ${t[value]}</label>`;
  const kinds = Object.entries(t.kinds)
    .map(([k, label]) => `<option value="${k}"${options.values?.topicKind === k ? ' selected' : ''}>${escapeHtml(label)}</option>`)
    .join('');
  const form = occurrence.registrationOpen && occurrence.status !== 'cancelled'
    ? `<form method="post" action="${escapeHtml(options.action)}">
<fieldset><legend>${t.question}</legend>${radio('yes')}${radio('maybe')}${radio('no')}</fieldset>
<fieldset><legend>${t.topic}</legend>
<label for="topicTitle">${t.topicTitle}</label><input type="text" id="topicTitle" name="topicTitle" maxlength="200" value="${escapeHtml(options.values?.topicTitle ?? '')}">
<label for="topicKind">${t.topicKind}</label><select id="topicKind" name="topicKind"><option value="">${t.none}</option>${kinds}</select>
<label for="topicDescription">${t.topicDescription}</label><textarea id="topicDescription" name="topicDescription" rows="4" maxlength="4000">${escapeHtml(options.values?.topicDescription ?? '')}</textarea>
</fieldset><button type="submit">${t.submit}</button></form>`
    : `<p class="error">${t.closed}</p>`;
  return layout(
    options.lang,
    t.title,
    `<h1>${escapeHtml(occurrence.title)}</h1>
<p>${escapeHtml(when.toFormat("cccc d LLLL yyyy, HH:mm"))}–${escapeHtml(end.toFormat('HH:mm'))}</p>
<p>${t.hello} ${escapeHtml(member.name)},</p>${saved}${errors}${form}`,
  );
}

export function renderErrorPage(lang: Lang, status: number, message: string): string {
  return layout(lang, String(status), `<h1>${status}</h1><p class="error" role="alert">${escapeHtml(message)}</p>`);
}
