import { escapeHtml } from '@cercle/platform';
import { DateTime } from 'luxon';
import { layout, problemPage } from '../registrations/registration-page.view';
import type { Lang } from '../registrations/registration-page.text';
import type { AcceptedInvitation, InvitationView } from './invitation-acceptance.service';
import { invitationText } from './invitation-page.text';

/** The invitation as its guest sees it: who invites them to what, and the accept form (no JavaScript needed). */
export function renderInvitationPage(lang: Lang, view: InvitationView, action: string): string {
  const t = invitationText[lang];
  const { invitation } = view;
  const expires = DateTime.fromJSDate(invitation.expiresAt).setZone('Europe/Paris').setLocale(lang).toLocaleString(DateTime.DATETIME_FULL);
  const nameField = view.existingOrganiser
    ? `<p class="notice">${escapeHtml(t.existing(view.existingOrganiser.name))}</p>`
    : `<label for="name">${t.name}</label><p class="hint" id="name-hint">${t.nameHint}</p>
<input type="text" id="name" name="name" maxlength="200" autocomplete="name" aria-describedby="name-hint" value="${escapeHtml(invitation.name ?? '')}">`;
  return layout(
    lang,
    t.title(view.communityName),
    `<h1>${escapeHtml(t.title(view.communityName))}</h1>
<p>${escapeHtml(t.invites(view.inviterName, view.communityName))}</p>
<dl><dt>${t.sentTo}</dt><dd>${escapeHtml(invitation.email)}</dd><dt>${t.expires}</dt><dd>${escapeHtml(expires)}</dd></dl>
<form method="post" action="${escapeHtml(action)}">${nameField}<p><button type="submit">${t.accept}</button></p></form>`,
  );
}

/** After accepting: the new organiser's token, once, with how to use it; or a word to keep the usual one. */
export function renderAcceptedPage(lang: Lang, accepted: AcceptedInvitation, publicUrl: string): string {
  const t = invitationText[lang];
  const example = `curl -H "Authorization: Bearer ${accepted.token ?? ''}" ${publicUrl.replace(/\/+$/, '')}/communities/${accepted.communityId}`;
  const token = accepted.token
    ? `<p>${t.tokenIntro}</p><pre><code id="api-token">${escapeHtml(accepted.token)}</code></pre>
<p>${t.tokenUse}</p><pre><code>${escapeHtml(example)}</code></pre>`
    : `<p>${t.useExisting}</p>`;
  return layout(
    lang,
    t.title(accepted.communityName),
    `<h1>${escapeHtml(t.title(accepted.communityName))}</h1>
<p class="ok" role="status"><strong>${escapeHtml(t.done(accepted.communityName))}</strong></p>${token}`,
  );
}

/** A link that leads nowhere (used, expired, invalid): the reason, never a stack trace; nothing was created. */
export function renderInvitationErrorPage(lang: Lang, code: string): string {
  const t = invitationText[lang];
  return problemPage(lang, t.problem, t.errors[code] ?? t.errors.default);
}
