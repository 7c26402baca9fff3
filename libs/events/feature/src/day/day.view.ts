import { formatDay, formatWhen } from '@cercle/words';
import { escapeHtml } from '@cercle/platform';
import { coveredOnText } from '../memory/covered-words';
import type { DayField, DayFieldError } from './day.schemas';
import type { DayView } from './day.service';
import { type DayLang, type DayNotice, dayText } from './day.text';

type Text = (typeof dayText)[DayLang];
type Values = Partial<Record<DayField, string>>;

export interface DayPageOptions {
  lang: DayLang;
  view: DayView;
  /** The page's own path (forms post to `<path>/topics` and `<path>/scribes`). */
  path: string;
  notice?: DayNotice | null;
  /** Which form was refused, what was typed, and why (field errors or a refusal code). */
  failed?: { form: 'topic' | 'scribe'; values: Values; errors?: DayFieldError[]; refusal?: string };
}

// Read on a phone in a room: one column, large tap targets, a focus ring that shows, contrast ≥ 4.5:1.
const styles = `*{box-sizing:border-box}body{font-family:system-ui,sans-serif;max-width:46rem;margin:0 auto;padding:1rem;line-height:1.5;color:#161616;background:#fff;overflow-wrap:anywhere}
h1{font-size:1.6rem;line-height:1.25}h2{font-size:1.25rem;margin-top:2rem}h3{font-size:1.05rem;margin:.75rem 0 .25rem}
ul{padding-left:1.25rem}.slot{border:1px solid #929292;border-radius:.5rem;padding:.5rem 1rem;margin:.75rem 0}.meta{color:#3a3a3a;font-size:.95rem}
label{display:block;margin:.75rem 0 .25rem;font-weight:600}.hint{color:#3a3a3a;font-size:.95rem;margin:.1rem 0 .35rem}
input[type=text],select,textarea{width:100%;padding:.6rem;font:inherit;border:1px solid #3a3a3a;border-radius:.25rem;background:#fff;color:#161616}
button{font:inherit;min-height:2.75rem;margin-top:1rem;padding:.6rem 1.2rem;background:#000091;color:#fff;border:0;border-radius:.25rem;cursor:pointer;max-width:100%}
a{color:#000091}a:focus-visible,button:focus-visible,input:focus-visible,select:focus-visible,textarea:focus-visible,[tabindex]:focus-visible{outline:3px solid #0a76f6;outline-offset:2px}
[aria-invalid=true]{border:2px solid #ce0500}.field-error{color:#ce0500;font-weight:600;margin:.25rem 0}
.summary,.warn{border:3px solid #ce0500;padding:.75rem 1rem;margin:1rem 0;border-radius:.25rem}.ok{border-left:6px solid #18753c;background:#eefaf1;padding:.75rem 1rem;margin:1rem 0}
.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}`;

function page(lang: DayLang, title: string, body: string): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} — Cercle</title><style>${styles}</style></head><body><main id="main">${body}</main></body></html>`;
}

const scribeOf = (t: Text, scribe: string | null) => `${t.scribe}${t.colon} ${scribe ? escapeHtml(scribe) : `<em>${t.noScribe}</em>`}`;

function programme(t: Text, view: DayView): string {
  const slots = view.programme.slots.filter((slot) => slot.rooms.length);
  const placed = slots
    .map(
      (slot) =>
        `<section class="slot" aria-labelledby="slot-${escapeHtml(slot.slotId)}"><h3 id="slot-${escapeHtml(slot.slotId)}">${escapeHtml(slot.localStart)}–${escapeHtml(slot.localEnd)}</h3><ul>${slot.rooms
          .flatMap((room) =>
            room.topics.map(
              (topic) =>
                `<li><strong>${escapeHtml(topic.title)}</strong> — ${escapeHtml(room.room)}, ${escapeHtml(topic.localStart ?? '')}–${escapeHtml(topic.localEnd ?? '')}<br><span class="meta">${t.by} ${escapeHtml(topic.proposerName)} · ${scribeOf(t, topic.scribe)}</span></li>`,
            ),
          )
          .join('')}</ul></section>`,
    )
    .join('');
  const unplaced = view.programme.unplaced.length
    ? `<h3>${t.unplaced}</h3><ul>${view.programme.unplaced.map((topic) => `<li><strong>${escapeHtml(topic.title)}</strong> <span class="meta">${t.by} ${escapeHtml(topic.proposerName)} · ${scribeOf(t, topic.scribe)}</span></li>`).join('')}</ul>`
    : '';
  return `<h2>${t.programme}</h2>${placed || `<p>${t.nothingPlaced}</p>`}${unplaced}`;
}

function proposed(t: Text, view: DayView): string {
  const items = view.proposed
    .map(
      (topic) =>
        `<li><strong>${escapeHtml(topic.title)}</strong> <span class="meta">(${t.kinds[topic.kind]}, ${t.by} ${escapeHtml(topic.proposerName)})</span>${
          topic.coveredOn ? ` <span class="meta">${coveredOnText(view.language, topic.coveredOn, view.occurrence.timeZone)}</span>` : ''
        }</li>`,
    )
    .join('');
  return `<h2>${t.proposed}</h2>${items ? `<ul>${items}</ul>` : `<p>${t.noneProposed}</p>`}`;
}

/** Field helpers for one form: its error texts and the aria attributes that tie them to the controls. */
function fieldsOf(t: Text, prefix: string, errors: DayFieldError[]) {
  const byField = new Map(errors.map((e) => [e.field, e]));
  return {
    error: (field: DayField) =>
      byField.has(field)
        ? `<p class="field-error" id="${prefix}-${field}-error"><span class="visually-hidden">${t.errorPrefix} </span>${t.fieldErrors[field]}</p>`
        : '',
    aria: (field: DayField, hint: boolean) => {
      const ids = [hint ? `${prefix}-${field}-hint` : '', byField.has(field) ? `${prefix}-${field}-error` : ''].filter(Boolean).join(' ');
      return `${ids ? ` aria-describedby="${ids}"` : ''}${byField.has(field) ? ' aria-invalid="true"' : ''}`;
    },
  };
}

function problems(t: Text, prefix: string, failed: DayPageOptions['failed']): string {
  if (!failed) return '';
  if (failed.refusal) return `<p class="warn" role="alert">${escapeHtml(t.refusals[failed.refusal] ?? t.refusals['day-over'])}</p>`;
  const items = (failed.errors ?? []).map((e) => `<li><a href="#${prefix}-${e.field}">${t.fieldErrors[e.field]}</a></li>`).join('');
  // Focused on load (autofocus) so keyboard and screen-reader users land on it without JavaScript.
  return items
    ? `<div class="summary" role="alert" tabindex="-1" autofocus><p><strong>${t.errorSummary}</strong></p><ul>${items}</ul></div>`
    : '';
}

function topicForm(t: Text, options: DayPageOptions): string {
  const failed = options.failed?.form === 'topic' ? options.failed : undefined;
  const v = failed?.values ?? {};
  const f = fieldsOf(t, 'topic', failed?.errors ?? []);
  const kinds = options.view.kinds;
  const kind =
    kinds.length > 1
      ? `<label for="topic-kind">${t.kind}</label>${f.error('kind')}<select id="topic-kind" name="kind"${f.aria('kind', false)}>${kinds.map((k) => `<option value="${k}"${v.kind === k ? ' selected' : ''}>${escapeHtml(t.kinds[k])}</option>`).join('')}</select>`
      : '';
  return `<h2 id="add-topic">${t.addTitle}</h2><p>${t.addIntro}</p>${problems(t, 'topic', failed)}
<form method="post" action="${escapeHtml(`${options.path}/topics${langQuery(options.lang)}`)}" novalidate>
<label for="topic-name">${t.name}</label><p class="hint" id="topic-name-hint">${t.nameHint}</p>${f.error('name')}
<input type="text" id="topic-name" name="name" autocomplete="name" value="${escapeHtml(v.name ?? '')}"${f.aria('name', true)}>
<label for="topic-title">${t.topicTitle}</label><p class="hint" id="topic-title-hint">${t.topicTitleHint}</p>${f.error('title')}
<input type="text" id="topic-title" name="title" value="${escapeHtml(v.title ?? '')}"${f.aria('title', true)}>${kind}
<label for="topic-description">${t.description}</label><p class="hint" id="topic-description-hint">${t.descriptionHint}</p>${f.error('description')}
<textarea id="topic-description" name="description" rows="3"${f.aria('description', true)}>${escapeHtml(v.description ?? '')}</textarea>
<button type="submit">${t.addSubmit}</button></form>`;
}

function scribeForm(t: Text, options: DayPageOptions): string {
  const failed = options.failed?.form === 'scribe' ? options.failed : undefined;
  const v = failed?.values ?? {};
  const f = fieldsOf(t, 'scribe', failed?.errors ?? []);
  const open = options.view.needScribe;
  const body = open.length
    ? `<form method="post" action="${escapeHtml(`${options.path}/scribes${langQuery(options.lang)}`)}" novalidate>
<label for="scribe-topicId">${t.workshop}</label>${f.error('topicId')}<select id="scribe-topicId" name="topicId"${f.aria('topicId', false)}>${open
        .map(
          (w) =>
            `<option value="${escapeHtml(w.id)}"${v.topicId === w.id ? ' selected' : ''}>${escapeHtml(w.title)}${w.room ? ` — ${escapeHtml(w.room)}, ${escapeHtml(w.localStart ?? '')}–${escapeHtml(w.localEnd ?? '')}` : ''}</option>`,
        )
        .join('')}</select>
<label for="scribe-name">${t.name}</label>${f.error('name')}<input type="text" id="scribe-name" name="name" autocomplete="name" value="${escapeHtml(v.name ?? '')}"${f.aria('name', false)}>
<button type="submit">${t.scribeSubmit}</button></form>`
    : `<p>${t.noWorkshop}</p>`;
  return `<h2 id="be-scribe">${t.scribeTitle}</h2><p>${t.scribeIntro}</p>${problems(t, 'scribe', failed)}${body}`;
}

const langQuery = (lang: DayLang) => `?lang=${lang}`;

/** The room's page: the programme and the two forms (plain form posts, no JavaScript needed). */
export function renderDayPage(options: DayPageOptions): string {
  const { lang, view } = options;
  const t = dayText[lang];
  const o = view.occurrence;
  const when = formatWhen(o.startsAt.toISOString(), o.endsAt.toISOString(), o.timeZone, lang);
  const notice = options.notice ? `<p class="ok" role="status">${t.notice[options.notice]}</p>` : '';
  const state = o.cancelled
    ? `<p class="warn" role="alert">${t.cancelled}</p>`
    : view.phase === 'before'
      ? `<p class="warn">${escapeHtml(t.before(formatDay(o.startsAt.toISOString(), o.timeZone, lang)))}</p>`
      : view.phase === 'after'
        ? `<p class="warn">${t.after}</p>`
        : '';
  const forms = !o.cancelled && view.phase === 'open' ? `${topicForm(t, options)}${scribeForm(t, options)}` : '';
  const other =
    lang === 'fr'
      ? `<a href="${escapeHtml(options.path)}?lang=en" lang="en">English</a>`
      : `<a href="${escapeHtml(options.path)}?lang=fr" lang="fr">Français</a>`;
  return page(
    lang,
    `${t.title} — ${o.title}`,
    `<p>${other}</p><h1>${escapeHtml(o.title)}</h1><p><time datetime="${o.startsAt.toISOString()}">${escapeHtml(when)}</time>${o.location ? ` · ${escapeHtml(o.location)}` : ''}</p>
${notice}${state}${programme(t, view)}${forms}${proposed(t, view)}`,
  );
}

export function renderDayErrorPage(lang: DayLang, status: number, message: string): string {
  const t = dayText[lang];
  return page(lang, `${t.error} ${status}`, `<h1>${t.error} ${status}</h1><p class="warn" role="alert">${escapeHtml(message)}</p>`);
}
