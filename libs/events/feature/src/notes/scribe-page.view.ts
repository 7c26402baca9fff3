import { escapeHtml } from '@cercle/platform';
import { DateTime } from 'luxon';
import type { ScribeView } from './notes.service';

export type PageLanguage = 'fr' | 'en';

const text = {
  fr: {
    title: 'Notes des ateliers',
    hello: 'Bonjour',
    intro: 'Déposez ici les notes de votre atelier, en Markdown.',
    deadline: 'Date limite :',
    notes: 'Notes (Markdown)',
    hint: 'Titres avec #, listes avec -, liens avec [texte](adresse).',
    submit: 'Enregistrer les notes',
    saved: 'Vos notes sont enregistrées. Vous pouvez les modifier avec ce même lien jusqu’à la date limite.',
    lastSaved: 'Dernier dépôt :',
    none: "Vous n'êtes scribe d'aucun atelier de cette rencontre.",
    errors: 'Merci de corriger :',
    closed: {
      cancelled: 'Cette rencontre est annulée : aucune note n’est recueillie.',
      archived: 'Les notes de cette rencontre sont déjà archivées.',
      deadline: 'La date limite de dépôt des notes est passée.',
    },
  },
  en: {
    title: 'Workshop notes',
    hello: 'Hello',
    intro: "Submit your workshop's notes here, in Markdown.",
    deadline: 'Deadline:',
    notes: 'Notes (Markdown)',
    hint: 'Headings with #, lists with -, links with [text](address).',
    submit: 'Save the notes',
    saved: 'Your notes are saved. You can change them with this same link until the deadline.',
    lastSaved: 'Last saved:',
    none: 'You are not the scribe of any workshop of this occurrence.',
    errors: 'Please correct:',
    closed: {
      cancelled: 'This occurrence is cancelled: no notes are collected.',
      archived: 'The notes of this occurrence are already archived.',
      deadline: 'The deadline for notes has passed.',
    },
  },
} as const;

export function pageLanguage(requested: unknown): PageLanguage {
  return requested === 'en' ? 'en' : 'fr';
}

function page(lang: PageLanguage, title: string, body: string): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} — Cercle</title>
<style>body{font-family:system-ui,sans-serif;max-width:46rem;margin:0 auto;padding:1rem;line-height:1.5;color:#161616}
form{border:1px solid #ccc;border-radius:.5rem;margin:1rem 0;padding:1rem}label{display:block;font-weight:600;margin:.25rem 0}
textarea{width:100%;padding:.5rem;font:inherit;font-family:ui-monospace,monospace;box-sizing:border-box}
button{font:inherit;padding:.6rem 1.2rem;background:#000091;color:#fff;border:0;border-radius:.25rem;margin-top:.5rem}
button:focus,textarea:focus{outline:3px solid #0a76f6;outline-offset:2px}.hint{color:#555;font-size:.9rem}
.error{color:#b00020}.ok{background:#e8f5e9;padding:.75rem;border-radius:.25rem}</style></head><body><main>${body}</main></body></html>`;
}

const local = (instant: Date, timeZone: string, lang: PageLanguage, pattern: string) =>
  DateTime.fromJSDate(instant).setZone(timeZone).setLocale(lang).toFormat(pattern);

/** The scribe's page: one form per workshop they write the notes of; no JavaScript needed. */
export function renderScribePage(options: {
  lang: PageLanguage;
  view: ScribeView;
  action: string;
  saved?: boolean;
  errors?: Array<{ path: string; message: string }>;
  values?: { workshop?: string; markdown?: string };
}): string {
  const t = text[options.lang];
  const { occurrence, deadline, closed, workshops, scribeName } = options.view;
  const tz = occurrence.timeZone;
  const when = `${local(occurrence.startsAt, tz, options.lang, 'cccc d LLLL yyyy, HH:mm')}–${local(occurrence.endsAt, tz, options.lang, 'HH:mm')}`;
  const deadlineText = local(deadline, tz, options.lang, 'cccc d LLLL yyyy, HH:mm');
  const errors = options.errors?.length
    ? `<div class="error" role="alert"><p>${t.errors}</p><ul>${options.errors.map((e) => `<li>${escapeHtml(e.path)} : ${escapeHtml(e.message)}</li>`).join('')}</ul></div>`
    : '';
  const saved = options.saved ? `<p class="ok" role="status">${t.saved}</p>` : '';
  const forms = workshops.map((w, index) => {
    const value = options.values?.workshop === w.workshop ? options.values.markdown : w.markdown;
    const last = w.submittedAt
      ? `<p class="hint">${t.lastSaved} ${escapeHtml(local(w.submittedAt, tz, options.lang, 'd LLLL yyyy, HH:mm'))}</p>`
      : '';
    return `<form method="post" action="${escapeHtml(options.action)}"><h2>${escapeHtml(w.workshop)}</h2>${last}
<input type="hidden" name="workshop" value="${escapeHtml(w.workshop)}">
<label for="notes-${index}">${t.notes}</label>
<textarea id="notes-${index}" name="markdown" rows="16" maxlength="200000" required aria-describedby="hint-${index} deadline">${escapeHtml(value ?? '')}</textarea>
<p class="hint" id="hint-${index}">${t.hint}</p><button type="submit">${t.submit}</button></form>`;
  });
  const content = closed ? `<p class="error" role="alert">${t.closed[closed]}</p>` : workshops.length ? forms.join('') : `<p>${t.none}</p>`;
  return page(
    options.lang,
    t.title,
    `<h1>${escapeHtml(occurrence.title)}</h1><p>${escapeHtml(when)}</p>
<p>${t.hello}${scribeName ? ` ${escapeHtml(scribeName)}` : ''}, ${t.intro}</p>
<p id="deadline"><strong>${t.deadline}</strong> ${escapeHtml(deadlineText)} (${escapeHtml(tz)})</p>${saved}${errors}${content}`,
  );
}

export function renderNotesErrorPage(lang: PageLanguage, status: number, message: string): string {
  return page(lang, String(status), `<h1>${status}</h1><p class="error" role="alert">${escapeHtml(message)}</p>`);
}
