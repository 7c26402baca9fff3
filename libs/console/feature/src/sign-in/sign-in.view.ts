import { escapeHtml } from '@cercle/platform';
import { errorSummary, form, textInput } from '../shell/forms';
import type { PageContext } from '../shell/page-context';
import { type Notice, renderPage } from '../shell/page-shell';
import { oidcButton } from './oidc/oidc.view';
import { signInText } from './sign-in.text';

export interface SignInPageOptions {
  email?: string;
  error?: string;
  notice?: Notice;
  next?: string;
  /** The OpenID Connect provider's name when that sign-in is on (its button above the email form). */
  oidcProvider?: string;
}

/** The sign-in form: one email field, the provider's button when OpenID Connect is on, the way to a first account. */
export function renderSignInPage(page: PageContext, options: SignInPageOptions): string {
  const w = signInText[page.lang];
  const errors = options.error ? { email: options.error } : undefined;
  const next = options.next ? `<input type="hidden" name="next" value="${escapeHtml(options.next)}">` : '';
  const oidc = options.oidcProvider ? `${oidcButton(page, options.oidcProvider, options.next)}<p class="fr-hr-or">${w.or}</p>` : '';
  return renderPage(page, {
    title: w.title,
    notices: options.notice ? [options.notice] : [],
    main: `${errorSummary(page, errors, { email: w.email })}${oidc}<p>${w.intro}</p>${form(page, {
      action: '/console/sign-in',
      submit: w.send,
      body: `${next}${textInput({ name: 'email', type: 'email', label: w.email, hint: w.emailHint, value: options.email, error: options.error, autocomplete: 'email', required: true })}`,
    })}<p class="fr-mt-6w">${w.firstOrganiser} <a class="fr-link" href="/console/first-organiser">${w.firstOrganiserLink}</a></p>`,
  });
}

export function renderLinkSentPage(page: PageContext): string {
  const w = signInText[page.lang];
  return renderPage(page, { title: w.sentTitle, main: `<p>${w.sent}</p>` });
}

/**
 * What the emailed link opens: a button, not an automatic sign-in, because mail scanners open links
 * (a GET must not spend the single-use token).
 */
export function renderRedeemPage(page: PageContext, token: string): string {
  const w = signInText[page.lang];
  return renderPage(page, {
    title: w.linkTitle,
    main: `<p>${w.linkIntro}</p>${form(page, { action: `/console/sign-in/${encodeURIComponent(token)}`, submit: w.signIn, body: '' })}`,
  });
}
