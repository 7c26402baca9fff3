import { DateTime } from 'luxon';
import { escapeHtml } from '@cercle/platform';
import { signedPage, type PageLanguage } from '../http/page-shell';
import type { ContributionPageView } from './contribution-page.service';

const text = {
  fr: {
    title: 'Votre contribution',
    hello: 'Bonjour',
    role: {
      contributor: 'Vous contribuez à cette rencontre. Dites aux autres ce que vous apportez :',
      workshopHost: 'Vous animez un atelier de cette rencontre. Dites aux autres ce que vous apportez :',
    },
    theme: 'Thème :',
    titleField: 'Titre',
    kind: 'Type',
    none: '—',
    materials: 'Lien vers vos supports',
    materialsHint: 'Une adresse web (https://…) : diaporama, document partagé, dépôt.',
    save: 'Enregistrer',
    saved: 'C’est enregistré. Vous pouvez revenir modifier avec ce même lien.',
    missing: { title: 'le titre', materials: 'le lien vers les supports' },
    stillMissing: 'Il manque encore :',
    ready: 'Tout y est : merci !',
    errors: 'Merci de corriger :',
    closed: {
      cancelled: 'Cette rencontre est annulée : il n’y a plus rien à préparer.',
      archived: 'Cette rencontre est terminée et ses notes sont archivées.',
    },
  },
  en: {
    title: 'Your contribution',
    hello: 'Hello',
    role: {
      contributor: 'You contribute to this occurrence. Tell the others what you bring:',
      workshopHost: 'You host a workshop at this occurrence. Tell the others what you bring:',
    },
    theme: 'Theme:',
    titleField: 'Title',
    kind: 'Kind',
    none: '—',
    materials: 'Link to your materials',
    materialsHint: 'A web address (https://…): slides, shared document, repository.',
    save: 'Save',
    saved: 'Saved. You can come back and change it with this same link.',
    missing: { title: 'the title', materials: 'the link to the materials' },
    stillMissing: 'Still missing:',
    ready: 'Everything is in: thank you!',
    errors: 'Please correct:',
    closed: {
      cancelled: 'This occurrence is cancelled: there is nothing left to prepare.',
      archived: 'This occurrence is over and its notes are archived.',
    },
  },
} as const;

export interface ContributionPageOptions {
  lang: PageLanguage;
  view: ContributionPageView;
  action: string;
  saved?: boolean;
  errors?: Array<{ path: string; message: string }>;
  /** What the person typed, shown again when it is refused. */
  values?: Record<string, unknown>;
}

const valueOf = (values: Record<string, unknown> | undefined, key: string, stored: string | null) => {
  const typed = values?.[key];
  return typeof typed === 'string' ? typed : (stored ?? '');
};

/** The contributor's page: one form (title, kind among the format's, materials link), no JavaScript needed. */
export function renderContributionPage(options: ContributionPageOptions): string {
  const { lang, view } = options;
  const t = text[lang];
  const o = view.occurrence;
  const when = DateTime.fromJSDate(o.startsAt).setZone(o.timeZone).setLocale(lang).toFormat('cccc d LLLL yyyy, HH:mm');
  const c = view.contribution;
  const kind = valueOf(options.values, 'kind', c.kind);
  const kinds = [
    `<option value="">${t.none}</option>`,
    ...view.kinds.map(
      (k) => `<option value="${escapeHtml(k.id)}"${k.id === kind ? ' selected' : ''}>${escapeHtml(k.label[lang])}</option>`,
    ),
  ];
  const errors = options.errors?.length
    ? `<div class="error" role="alert"><p>${t.errors}</p><ul>${options.errors.map((e) => `<li>${escapeHtml(e.path)} : ${escapeHtml(e.message)}</li>`).join('')}</ul></div>`
    : '';
  const status = c.missing.length
    ? `<p>${t.stillMissing} ${c.missing.map((m) => t.missing[m]).join(', ')}.</p>`
    : `<p class="ok">${t.ready}</p>`;
  const form = `<form method="post" action="${escapeHtml(options.action)}">
<label for="title">${t.titleField}</label><input type="text" id="title" name="title" maxlength="255" value="${escapeHtml(valueOf(options.values, 'title', c.title))}">
<label for="kind">${t.kind}</label><select id="kind" name="kind">${kinds.join('')}</select>
<label for="materialsUrl">${t.materials}</label><input type="url" id="materialsUrl" name="materialsUrl" maxlength="2000" aria-describedby="materials-hint" value="${escapeHtml(valueOf(options.values, 'materialsUrl', c.materialsUrl))}">
<p class="hint" id="materials-hint">${t.materialsHint}</p>
<button type="submit">${t.save}</button></form>`;
  const content = view.closed ? `<p class="error" role="alert">${t.closed[view.closed]}</p>` : `${errors}${form}`;
  return signedPage(
    lang,
    t.title,
    `<h1>${escapeHtml(o.title)}</h1><p>${escapeHtml(when)}${o.theme ? ` · ${t.theme} ${escapeHtml(o.theme)}` : ''}</p>
<p>${t.hello} ${escapeHtml(view.member.name)}. ${t.role[view.member.role]}</p>
${options.saved ? `<p class="ok" role="status">${t.saved}</p>` : ''}${status}${content}`,
  );
}

export function renderContributionErrorPage(lang: PageLanguage, status: number, message: string): string {
  return signedPage(lang, String(status), `<h1>${status}</h1><p class="error" role="alert">${escapeHtml(message)}</p>`);
}
