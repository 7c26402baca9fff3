import { escapeHtml } from '@cercle/platform';
import type { OccurrenceRef } from '../entities/occurrence-ref.entity';
import { type Lang, pageText } from '../registrations/registration-page.text';
import { cancelledNotice, layout, occurrenceDetails, problemPage } from '../registrations/registration-page.view';
import type { JoinField } from './join.schemas';
import { joinText } from './join-page.text';
import type { JoinState } from './join-state';

export interface JoinPageOptions {
  lang: Lang;
  occurrence: OccurrenceRef;
  state: JoinState;
  /** The form's target (the page's own path, with its `?lang=`). */
  action: string;
  errors?: Array<{ field: JoinField; code: string }>;
  values?: Partial<Record<JoinField, string>>;
}

/** A link to the same page in the other language (kept out of the form: a plain GET). */
function languageSwitch(lang: Lang, path: string): string {
  const other = joinText[lang].otherLanguage;
  return `<p><a href="${escapeHtml(path)}?lang=${other.lang}" lang="${other.lang}" hreflang="${other.lang}">${other.label}</a></p>`;
}

function errorSummary(lang: Lang, errors: NonNullable<JoinPageOptions['errors']>): string {
  if (!errors.length) return '';
  const w = joinText[lang];
  const items = errors
    .map((e) => `<li><a href="#${e.field}">${escapeHtml(w[e.field])} : ${escapeHtml(fieldMessage(lang, e))}</a></li>`)
    .join('');
  return `<div class="summary" role="alert" aria-labelledby="error-summary-title" tabindex="-1" autofocus id="error-summary">
<h2 id="error-summary-title">${w.errorSummary}</h2><ul>${items}</ul></div>`;
}

function fieldMessage(lang: Lang, error: { field: JoinField; code: string }): string {
  const messages = joinText[lang].fieldErrors[error.field];
  return messages[error.code] ?? messages.default;
}

function form(options: JoinPageOptions): string {
  const w = joinText[options.lang];
  const errors = new Map((options.errors ?? []).map((e) => [e.field, e]));
  const field = (name: JoinField, type: 'text' | 'email', autocomplete: string) => {
    const error = errors.get(name);
    const described = [`${name}-hint`, error ? `${name}-error` : ''].filter(Boolean).join(' ');
    return `<label for="${name}">${w[name]}</label><p class="hint" id="${name}-hint">${w[`${name}Hint`]}</p>${
      error
        ? `<p class="field-error" id="${name}-error"><span class="visually-hidden">${w.errorPrefix} </span>${escapeHtml(fieldMessage(options.lang, error))}</p>`
        : ''
    }<input type="${type}" id="${name}" name="${name}" autocomplete="${autocomplete}" value="${escapeHtml(options.values?.[name] ?? '')}" aria-describedby="${described}"${error ? ' aria-invalid="true"' : ''}>`;
  };
  return `<p>${w.intro}</p><form method="post" action="${escapeHtml(options.action)}" novalidate>
${field('name', 'text', 'name')}${field('email', 'email', 'email')}
<p class="hint">${w.optIn}</p><button type="submit">${w.submit}</button></form>`;
}

/** Why this page takes no request, and for members-only occurrences whom to ask. */
function refusal(lang: Lang, occurrence: OccurrenceRef, state: Exclude<JoinState, 'open'>): string {
  if (state === 'cancelled') return cancelledNotice(pageText[lang], occurrence);
  const w = joinText[lang];
  const ask = state === 'members-only' ? `<p>${w.askOrganisers}</p>` : '';
  return `<p class="notice warn" role="alert"><strong>${w.states[state]}</strong></p>${ask}`;
}

/** The public registration page of an occurrence: server-rendered, no JavaScript, French unless asked otherwise. */
export function renderJoinPage(options: JoinPageOptions): string {
  const { lang, occurrence, state } = options;
  const path = new URL(options.action, 'http://page').pathname;
  const body = state === 'open' ? form(options) : refusal(lang, occurrence, state);
  return layout(
    lang,
    `${joinText[lang].title} — ${occurrence.title}`,
    `${languageSwitch(lang, path)}<h1>${escapeHtml(occurrence.title)}</h1>${errorSummary(lang, options.errors ?? [])}${
      state === 'cancelled' ? body : ''
    }${occurrenceDetails(pageText[lang], lang, { occurrence })}${state === 'cancelled' ? '' : body}`,
  );
}

/** The same answer whatever the email: known or not, limited or not. */
export function renderJoinSentPage(lang: Lang, occurrence: OccurrenceRef, email: string): string {
  const w = joinText[lang];
  return layout(
    lang,
    w.sentTitle,
    `<h1>${w.sentTitle}</h1><p class="ok" role="status">${escapeHtml(w.sent(email))}</p>${occurrenceDetails(pageText[lang], lang, { occurrence })}`,
  );
}

/** Before confirming: what they are about to register for, and one button (a mail scanner opening the link registers nobody). */
export function renderConfirmPage(lang: Lang, occurrence: OccurrenceRef, name: string, action: string): string {
  const w = joinText[lang];
  return layout(
    lang,
    `${w.confirmTitle} — ${occurrence.title}`,
    `<h1>${escapeHtml(occurrence.title)}</h1><p>${escapeHtml(w.confirmIntro(name))}</p>${occurrenceDetails(pageText[lang], lang, { occurrence })}
<form method="post" action="${escapeHtml(action)}"><button type="submit">${w.confirmButton}</button></form>`,
  );
}

export function renderTooManyPage(lang: Lang): string {
  return problemPage(lang, joinText[lang].title, joinText[lang].tooMany);
}

/** A confirmation link that leads nowhere: the reason in the reader's language. */
export function renderJoinErrorPage(lang: Lang, code: string): string {
  const reason = code === 'link-expired' ? joinText[lang].linkExpired : (pageText[lang].errors[code] ?? pageText[lang].errors.default);
  return problemPage(lang, pageText[lang].problem, reason);
}
