import { escapeHtml } from '@cercle/platform';
import { topicKind, type TopicKind } from '@cercle/contracts';
import { occurrenceWhen } from './occurrence-when';
import type { FieldError, FormField } from './registration.schemas';
import { type Lang, pageText, type PageText } from './registration-page.text';
import type { OccurrenceRef } from '../entities/occurrence-ref.entity';
import type { RegistrationView } from './registrations.service';

// Contrast: text #161616 and links/buttons #000091 on white (≥ 14:1), errors #ce0500 (≥ 5.5:1, with an
// icon-free text prefix so colour is never the only signal). Focus ring 3px, visible on every control.
const styles = `*{box-sizing:border-box}body{font-family:system-ui,sans-serif;max-width:40rem;margin:0 auto;padding:1rem;line-height:1.5;color:#161616;background:#fff}
h1{font-size:1.6rem;line-height:1.25;overflow-wrap:anywhere}h2{font-size:1.2rem}a{color:#000091}
fieldset{border:1px solid #666;border-radius:.5rem;margin:1rem 0;padding:.75rem 1rem;min-width:0}legend{font-weight:700;padding:0 .25rem}
label{display:block;margin:.75rem 0 .25rem;font-weight:600}.radio{display:flex;gap:.5rem;align-items:center;margin:.35rem 0;font-weight:400}
.radio input{width:1.25rem;height:1.25rem;margin:0}.radio label{margin:0;font-weight:400}.hint{color:#3a3a3a;font-size:.95rem;margin:.1rem 0 .35rem}
input[type=text],input[type=email],select,textarea{width:100%;padding:.5rem;font:inherit;border:1px solid #3a3a3a;border-radius:.25rem;background:#fff;color:#161616}
[aria-invalid=true]{border:2px solid #ce0500}.field-error{color:#ce0500;font-weight:600;margin:.25rem 0}
button{font:inherit;padding:.7rem 1.2rem;background:#000091;color:#fff;border:0;border-radius:.25rem;cursor:pointer;max-width:100%}
a:focus-visible,button:focus-visible,input:focus-visible,select:focus-visible,textarea:focus-visible,[tabindex]:focus-visible{outline:3px solid #0a76f6;outline-offset:2px}
.summary{border:3px solid #ce0500;padding:.75rem 1rem;margin:1rem 0;border-radius:.25rem}.summary a{color:#ce0500;font-weight:600}
.notice{border-left:6px solid #000091;background:#f0f0ff;padding:.75rem 1rem;margin:1rem 0}.notice.warn{border-color:#ce0500;background:#fff4f3}
.ok{border-left:6px solid #18753c;background:#eefaf1;padding:.75rem 1rem;margin:1rem 0}
.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
pre{white-space:pre-wrap;overflow-wrap:anywhere;background:#f6f6f6;padding:.5rem}
dl{display:grid;grid-template-columns:auto 1fr;gap:.25rem 1rem}dt{font-weight:700}dd{margin:0;overflow-wrap:anywhere}ol.agenda{padding-left:1.25rem}`;

/** The shell of every membership page reached by a signed link: one stylesheet, readable without JavaScript. */
export function layout(lang: Lang, title: string, body: string): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} — Cercle</title><style>${styles}</style></head><body><main id="main">${body}</main></body></html>`;
}

export interface PageOptions {
  lang: Lang;
  view: RegistrationView;
  action: string;
  errors?: FieldError[];
  /** What the person typed, shown back when the answer was refused. */
  values?: Partial<Record<FormField, string>>;
  saved?: boolean;
  /** Why a well-formed answer was refused (closed, cancelled…), by error code. */
  refusal?: string;
}

/** When, where, the theme, the agenda and the format's rules: what every registration page (members' and guests') shows of an occurrence. */
export function occurrenceDetails(t: PageText, lang: Lang, view: { occurrence: OccurrenceRef }): string {
  const { occurrence } = view;
  // As the emails write it: « lundi 1er février 2027, 10:00–12:00 (heure de Paris) ».
  const when = occurrenceWhen(occurrence.startsAt, occurrence.endsAt, occurrence.timeZone, lang);
  const agenda = occurrence.agenda.length
    ? `<h2>${t.agenda}</h2><ol class="agenda">${occurrence.agenda.map((i) => `<li>${escapeHtml(i.localStart)}–${escapeHtml(i.localEnd)} : ${escapeHtml(i.title[lang])}</li>`).join('')}</ol>`
    : '';
  return `<dl><dt>${t.when}</dt><dd>${escapeHtml(when)}</dd>
${occurrence.location ? `<dt>${t.where}</dt><dd>${escapeHtml(occurrence.location)}</dd>` : ''}${occurrence.theme ? `<dt>${t.theme}</dt><dd>${escapeHtml(occurrence.theme)}</dd>` : ''}</dl>${agenda}${formatRules(t, lang, occurrence)}`;
}

/** A cancelled occurrence says only that, and why: no answer, no place, no form. */
export function cancelledNotice(t: PageText, occurrence: OccurrenceRef): string {
  const reason = occurrence.cancellationReason ? ` ${t.cancelledBecause} ${escapeHtml(occurrence.cancellationReason)}` : '';
  return `<p class="notice warn" role="alert"><strong>${t.cancelled}</strong>${reason} ${t.cancelledNoAnswer}</p>`;
}

function currentAnswer(t: PageText, view: RegistrationView): string {
  const r = view.registration;
  if (!r) return `<p>${t.noAnswer}</p>`;
  const place = r.status === 'waitlisted' ? t.waitlisted(view.waitlistPosition ?? 1) : t[r.status];
  return `<p><strong>${t.current} ${t[r.answer]}.</strong> ${escapeHtml(place)}</p>`;
}

function errorSummary(t: PageText, errors: FieldError[]): string {
  if (!errors.length) return '';
  const items = errors
    .map(
      (e) => `<li><a href="#${firstControlOf(e.field)}">${escapeHtml(fieldLabel(t, e.field))} : ${escapeHtml(fieldMessage(t, e))}</a></li>`,
    )
    .join('');
  // Focused on load (autofocus) so keyboard and screen-reader users land on it without JavaScript.
  return `<div class="summary" role="alert" aria-labelledby="error-summary-title" tabindex="-1" autofocus id="error-summary">
<h2 id="error-summary-title">${t.errorSummary}</h2><ul>${items}</ul></div>`;
}

const firstControlOf = (field: FormField) => (field === 'answer' ? 'answer-yes' : field);
const fieldLabel = (t: PageText, field: FormField) => (field === 'answer' ? t.question : t[field]);
function fieldMessage(t: PageText, error: FieldError): string {
  const messages: Record<string, string> = t.fieldErrors[error.field];
  return messages[error.code] ?? messages.default;
}

function form(t: PageText, options: PageOptions): string {
  const errors = new Map((options.errors ?? []).map((e) => [e.field, e]));
  const values = options.values ?? {};
  const current = values.answer ?? options.view.registration?.answer;
  const errorText = (field: FormField) => {
    const e = errors.get(field);
    return e
      ? `<p class="field-error" id="${field}-error"><span class="visually-hidden">${t.errorPrefix} </span>${escapeHtml(fieldMessage(t, e))}</p>`
      : '';
  };
  const describe = (field: FormField, hint: boolean) => {
    const ids = [hint ? `${field}-hint` : '', errors.has(field) ? `${field}-error` : ''].filter(Boolean).join(' ');
    return `${ids ? ` aria-describedby="${ids}"` : ''}${errors.has(field) ? ' aria-invalid="true"' : ''}`;
  };
  const radio = (value: 'yes' | 'maybe' | 'no') =>
    `<div class="radio"><input type="radio" id="answer-${value}" name="answer" value="${value}"${current === value ? ' checked' : ''}${value === 'maybe' ? ' aria-describedby="answer-maybe-hint"' : ''}><label for="answer-${value}">${t[value]}</label></div>`;
  const offered = offeredTopicKinds(options.view.occurrence);
  const kinds = Object.entries(t.kinds)
    .filter(([k]) => offered.includes(k as TopicKind))
    .map(([k, label]) => `<option value="${k}"${values.topicKind === k ? ' selected' : ''}>${escapeHtml(label)}</option>`)
    .join('');
  return `<form method="post" action="${escapeHtml(options.action)}" novalidate>
<fieldset${describe('answer', false)}><legend>${t.question}</legend>${errorText('answer')}${radio('yes')}${radio('maybe')}${radio('no')}
<p class="hint" id="answer-maybe-hint">${t.maybeHint}</p></fieldset>
<fieldset><legend>${t.topic}</legend>
<label for="topicTitle">${t.topicTitle}</label><p class="hint" id="topicTitle-hint">${t.topicTitleHint}</p>${errorText('topicTitle')}
<input type="text" id="topicTitle" name="topicTitle" value="${escapeHtml(values.topicTitle ?? '')}"${describe('topicTitle', true)}>
<label for="topicKind">${t.topicKind}</label>${errorText('topicKind')}
<select id="topicKind" name="topicKind"${describe('topicKind', false)}><option value="">${t.noKind}</option>${kinds}</select>
<label for="topicDescription">${t.topicDescription}</label><p class="hint" id="topicDescription-hint">${t.topicDescriptionHint}</p>${errorText('topicDescription')}
<textarea id="topicDescription" name="topicDescription" rows="4"${describe('topicDescription', true)}>${escapeHtml(values.topicDescription ?? '')}</textarea>
</fieldset><button type="submit">${t.submit}</button></form>`;
}

/** The topic kinds the occurrence's format offers; every kind while events has not said which. */
export function offeredTopicKinds(occurrence: Pick<RegistrationView['occurrence'], 'topicKinds'>): TopicKind[] {
  return occurrence.topicKinds?.length ? occurrence.topicKinds : [...topicKind.options];
}

/** The format's rules (attendance, principles) as people read them before deciding to come. */
function formatRules(t: PageText, lang: Lang, occurrence: Pick<OccurrenceRef, 'rules'>): string {
  const r = occurrence.rules;
  if (!r) return '';
  const list = (items: string[]) => `<ul>${items.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</ul>`;
  return `${r.attendanceRules[lang].length ? `<h2>${t.attendanceRules}</h2>${list(r.attendanceRules[lang])}` : ''}${r.principles[lang].length ? `<h2>${t.principles}</h2>${list(r.principles[lang])}` : ''}`;
}

/** The registration page: server-rendered, usable without JavaScript, French unless asked otherwise. */
export function renderRegistrationPage(options: PageOptions): string {
  const t = pageText[options.lang];
  const { member, occurrence } = options.view;
  const cancelled = occurrence.status === 'cancelled';
  const open = occurrence.registrationOpen;
  if (cancelled) {
    return layout(
      options.lang,
      `${t.title} — ${occurrence.title}`,
      `<h1>${escapeHtml(occurrence.title)}</h1>${cancelledNotice(t, occurrence)}
<p>${t.hello} ${escapeHtml(member.name)},</p>${occurrenceDetails(t, options.lang, options.view)}`,
    );
  }
  const refusal = options.refusal
    ? `<p class="notice warn" role="alert">${escapeHtml(t.errors[options.refusal] ?? t.errors.default)}</p>`
    : '';
  const state = open ? `<p class="hint">${t.change}</p>` : `<p class="notice warn"><strong>${t.closed}</strong></p>`;
  const saved = options.saved ? `<p class="ok" role="status"><strong>${t.saved}</strong></p>` : '';
  return layout(
    options.lang,
    `${t.title} — ${occurrence.title}`,
    `<h1>${escapeHtml(occurrence.title)}</h1>${errorSummary(t, options.errors ?? [])}${refusal}${saved}
<p>${t.hello} ${escapeHtml(member.name)},</p>${occurrenceDetails(t, options.lang, options.view)}
${currentAnswer(t, options.view)}${state}${open ? form(t, options) : ''}`,
  );
}

/** A page for a link that leads nowhere (expired, invalid, other community): the reason, never a stack trace. */
export function renderErrorPage(lang: Lang, code: string): string {
  const t = pageText[lang];
  return problemPage(lang, t.problem, t.errors[code] ?? t.errors.default);
}

/** A page that says only why nothing can be done here. */
export function problemPage(lang: Lang, title: string, reason: string): string {
  return layout(lang, title, `<h1>${escapeHtml(title)}</h1><p class="notice warn" role="alert">${escapeHtml(reason)}</p>`);
}
