import { escapeHtml } from '@cercle/platform';
import type { PreferencesView } from './preferences.service';

type Lang = 'fr' | 'en';

const words = {
  fr: {
    title: 'Vos notifications',
    hello: 'Bonjour',
    channels: 'Comment vous prévenir ?',
    email: 'Par email',
    mattermost: 'Par message direct (Mattermost ou Tchap)',
    both: 'Les deux',
    language: 'Langue des messages',
    series: 'Cette série de rencontres',
    seriesOff: 'Ne plus recevoir les messages de cette série',
    all: 'Ne plus recevoir aucun message de Cercle',
    save: 'Enregistrer',
    saved: 'Vos préférences sont enregistrées.',
    note: 'Les confirmations de ce que vous faites vous-même (inscription, liste d’attente) et les changements d’une rencontre à laquelle vous êtes inscrit·e vous parviennent toujours.',
    unsubscribeTitle: 'Se désabonner',
    unsubscribeAsk: 'Ne plus recevoir les messages de cette série de rencontres ?',
    unsubscribeButton: 'Me désabonner',
    unsubscribed: 'C’est fait : vous ne recevrez plus les messages de cette série.',
    more: 'Gérer toutes vos préférences',
    noChat: '(pas de compte de messagerie connu)',
    calendars: 'Dans votre agenda',
    mine: 'Vos rencontres (lien personnel, à ne pas partager)',
    seriesFeed: 'Toutes les dates de cette série',
    calendarsNote:
      'Ajoutez ces adresses comme agenda par abonnement (par URL)\u00a0: elles suivent chaque changement de date ou annulation.',
  },
  en: {
    title: 'Your notifications',
    hello: 'Hello',
    channels: 'How should we reach you?',
    email: 'By email',
    mattermost: 'By direct message (Mattermost or Matrix)',
    both: 'Both',
    language: 'Language of the messages',
    series: 'This series of gatherings',
    seriesOff: 'Stop receiving the messages of this series',
    all: 'Stop receiving any message from Cercle',
    save: 'Save',
    saved: 'Your preferences are saved.',
    note: 'Confirmations of what you do yourself (registration, waiting list) and changes to a gathering you registered for always reach you.',
    unsubscribeTitle: 'Unsubscribe',
    unsubscribeAsk: 'Stop receiving the messages of this series of gatherings?',
    unsubscribeButton: 'Unsubscribe me',
    unsubscribed: 'Done: you will no longer receive the messages of this series.',
    more: 'Manage all your preferences',
    noChat: '(no chat account known)',
    calendars: 'In your calendar',
    mine: 'Your gatherings (personal link, do not share it)',
    seriesFeed: 'Every date of this series',
    calendarsNote: 'Add these addresses as a subscribed calendar (from URL): they follow every change of date and every cancellation.',
  },
} as const;

function layout(lang: Lang, title: string, body: string): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>${escapeHtml(title)} — Cercle</title>
<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:0 auto;padding:1rem;line-height:1.5;color:#161616}
fieldset{border:1px solid #ccc;border-radius:.5rem;margin:1rem 0;padding:1rem}label{display:block;margin:.35rem 0}
select{font:inherit;padding:.4rem}button{font:inherit;padding:.6rem 1.2rem;background:#000091;color:#fff;border:0;border-radius:.25rem}
.ok{background:#e8f5e9;padding:.75rem;border-radius:.25rem}.note{color:#555;font-size:.9rem}</style></head><body><main>${body}</main></body></html>`;
}

/** The preferences page: a plain form (no JavaScript), French unless the member chose English. */
export function renderPreferencesPage(view: PreferencesView, action: string, saved: boolean): string {
  const t = words[view.language];
  const radio = (value: PreferencesView['channels'], label: string, disabled = false) =>
    `<label><input type="radio" name="channels" value="${value}"${view.channels === value ? ' checked' : ''}${disabled ? ' disabled' : ''}> ${label}</label>`;
  const check = (name: string, on: boolean, label: string) =>
    `<label><input type="checkbox" name="${name}" value="on"${on ? ' checked' : ''}> ${label}</label>`;
  const seriesOff = view.seriesId ? view.unsubscribedSeries.includes(view.seriesId) : false;
  const body = `<h1>${t.title}</h1><p>${t.hello} ${escapeHtml(view.name)},</p>
${saved ? `<p class="ok" role="status">${t.saved}</p>` : ''}
<form method="post" action="${escapeHtml(action)}">
<fieldset><legend>${t.channels}</legend>${radio('email', t.email)}${radio('mattermost', `${t.mattermost}${view.hasChat ? '' : ` ${t.noChat}`}`)}${radio('both', t.both)}</fieldset>
<fieldset><legend>${t.language}</legend><label for="language">${t.language}</label><select id="language" name="language">
<option value="fr"${view.language === 'fr' ? ' selected' : ''}>Français</option><option value="en"${view.language === 'en' ? ' selected' : ''}>English</option></select></fieldset>
<fieldset><legend>${t.series}</legend>${view.seriesId ? check('seriesOff', seriesOff, t.seriesOff) : ''}${check('all', view.unsubscribedAll, t.all)}</fieldset>
<p class="note">${t.note}</p>
<button type="submit">${t.save}</button></form>
<h2>${t.calendars}</h2><ul><li><a href="${escapeHtml(view.calendars.mine)}">${t.mine}</a></li>${
    view.calendars.series ? `<li><a href="${escapeHtml(view.calendars.series)}">${t.seriesFeed}</a></li>` : ''
  }</ul><p class="note">${t.calendarsNote}</p>`;
  return layout(view.language, t.title, body);
}

/** GET of the List-Unsubscribe URL: asks before acting (link scanners follow GETs), POST does it. */
export function renderUnsubscribePage(view: PreferencesView, action: string, preferencesHref: string, done: boolean): string {
  const t = words[view.language];
  const body = done
    ? `<h1>${t.unsubscribeTitle}</h1><p class="ok" role="status">${t.unsubscribed}</p><p><a href="${escapeHtml(preferencesHref)}">${t.more}</a></p>`
    : `<h1>${t.unsubscribeTitle}</h1><p>${t.hello} ${escapeHtml(view.name)},</p><p>${t.unsubscribeAsk}</p>
<form method="post" action="${escapeHtml(action)}"><input type="hidden" name="List-Unsubscribe" value="One-Click"><button type="submit">${t.unsubscribeButton}</button></form>
<p><a href="${escapeHtml(preferencesHref)}">${t.more}</a></p>`;
  return layout(view.language, t.unsubscribeTitle, body);
}

export function renderLinkErrorPage(status: number): string {
  const message = status === 410 ? 'Ce lien a expiré. / This link has expired.' : 'Ce lien n’est pas valide. / This link is not valid.';
  return layout('fr', 'Cercle', `<h1>Cercle</h1><p role="alert">${message}</p>`);
}
