import { escapeHtml } from '@cercle/platform';
import type { PageContext } from '../../shell/page-context';
import { renderPage } from '../../shell/page-shell';
import { oidcText } from './oidc.text';
import type { OidcRefusal } from './verified-email';

function fill(text: string, values: { provider: string; email?: string }): string {
  return text.replaceAll('{provider}', values.provider).replaceAll('{email}', values.email ?? '');
}

/**
 * The provider's button, DSFR's `fr-connect` (the FranceConnect button, which ProConnect's own
 * guidelines reuse): a link, not a form, because the browser leaves for the provider's site, which the
 * pages' `form-action 'self'` policy would stop after a form's POST.
 */
export function oidcButton(page: PageContext, provider: string, next?: string): string {
  const w = oidcText[page.lang];
  const href = `/console/oidc${next ? `?next=${encodeURIComponent(next)}` : ''}`;
  return `<div class="fr-connect-group"><a class="fr-connect console-oidc" href="${escapeHtml(href)}"><span class="fr-connect__login">${w.signInWith}</span> <span class="fr-connect__brand">${escapeHtml(provider)}</span></a></div>`;
}

/** Where an OpenID Connect sign-in that gave no session ends: what happened, in words, and the way back. */
export function renderOidcRefusedPage(page: PageContext, reason: OidcRefusal, values: { provider: string; email?: string }): string {
  const w = oidcText[page.lang];
  const [title, sentence] = w[reason];
  const safe = { provider: escapeHtml(values.provider), email: values.email ? `<strong>${escapeHtml(values.email)}</strong>` : '' };
  return renderPage(
    { ...page, path: '/console/sign-in' },
    {
      title: fill(title, values),
      main: `<p>${fill(sentence, safe)}</p><p><a class="fr-link fr-icon-arrow-left-line fr-link--icon-left" href="/console/sign-in">${w.again}</a></p>`,
    },
  );
}
