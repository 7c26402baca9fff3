import { escapeHtml } from '@cercle/platform';
import { navigation } from './navigation';
import type { PageContext } from './page-context';
import { shellText } from './shell-text';

export interface Crumb {
  label: string;
  /** Absent on the current page (the last crumb). */
  href?: string;
}

export interface Notice {
  kind: 'success' | 'error' | 'info' | 'warning';
  title?: string;
  text: string;
}

export interface PageOptions {
  /** The page's own title (the <title> adds " — Cercle"); also its <h1> unless `heading` is false. */
  title: string;
  /** Every page after the home has a breadcrumb; the last crumb is the page itself. */
  breadcrumbs?: Crumb[];
  notices?: Notice[];
  /** The page's content, below its <h1>. Markup: escape what people typed (escapeHtml). */
  main: string;
  heading?: boolean;
}

/**
 * The one page shell of the console (DSFR header, skip links, main menu, breadcrumb, notices, footer).
 * Works without JavaScript; DSFR's script only enhances (collapsible menu on small screens).
 */
export function renderPage(page: PageContext, options: PageOptions): string {
  return `<!doctype html>
<html lang="${page.lang}" data-fr-scheme="light">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
<meta name="format-detection" content="telephone=no,date=no,address=no,email=no,url=no">
<title>${escapeHtml(options.title)} — Cercle</title>
<link rel="stylesheet" href="/console/dsfr/dsfr.min.css">
<link rel="stylesheet" href="/console/dsfr/utility/icons/icons.min.css">
<link rel="stylesheet" href="/console/assets/console.css">
<link rel="icon" href="/console/dsfr/favicon/favicon.svg" type="image/svg+xml">
</head>
<body>
${skipLinks(page)}
${header(page)}
<main id="contenu" class="fr-container fr-pb-8w" tabindex="-1">
${breadcrumb(page, options.breadcrumbs)}
${(options.notices ?? []).map((n) => notice(page, n)).join('\n')}
${options.heading === false ? '' : `<h1 class="fr-mt-3w">${escapeHtml(options.title)}</h1>`}
${options.main}
</main>
${footer(page)}
<script type="module" src="/console/dsfr/dsfr.module.min.js"></script>
<script nomodule src="/console/dsfr/dsfr.nomodule.min.js"></script>
</body>
</html>`;
}

function skipLinks(page: PageContext): string {
  const w = shellText[page.lang];
  const menu = page.organiser ? `<li><a class="fr-link" href="#navigation">${w.skipMenu}</a></li>` : '';
  return `<div class="fr-skiplinks"><nav class="fr-container" aria-label="${w.skipLinks}"><ul class="fr-skiplinks__list">
<li><a class="fr-link" href="#contenu">${w.skipContent}</a></li>${menu}<li><a class="fr-link" href="#pied">${w.skipFooter}</a></li></ul></nav></div>`;
}

function languageLink(page: PageContext): string {
  const w = shellText[page.lang];
  return `<a class="fr-btn fr-icon-translate-2-line fr-btn--icon-left" href="${escapeHtml(page.path)}?lang=${w.otherLanguageCode}" lang="${w.otherLanguageCode}" hreflang="${w.otherLanguageCode}" title="${w.otherLanguageTitle}">${w.otherLanguage}</a>`;
}

function header(page: PageContext): string {
  const w = shellText[page.lang];
  const signOut = page.organiser
    ? `<li><form method="post" action="/console/sign-out">${csrfInput(page)}<button type="submit" class="fr-btn fr-icon-logout-box-r-line fr-btn--icon-left" title="${w.signOut} (${w.signedInAs} ${escapeHtml(page.organiser.name)})">${w.signOut}</button></form></li>`
    : '';
  // DSFR's script copies the tools links into `.fr-header__menu-links` (the small-screen menu) and fails
  // on every page when that element is missing, so the menu always carries it, even with no navigation.
  const menuLinks = '<div class="fr-header__menu-links"></div>';
  const menu = page.organiser
    ? `<div class="fr-header__menu console-menu"><div class="fr-container">${menuLinks}<nav class="fr-nav" id="navigation" aria-label="${w.mainMenu}"><ul class="fr-nav__list">${navigation
        .map(
          (entry) =>
            `<li class="fr-nav__item"><a class="fr-nav__link" href="${entry.href}"${page.path.startsWith(entry.prefix) ? ' aria-current="page"' : ''}>${escapeHtml(entry.label[page.lang])}</a></li>`,
        )
        .join('')}</ul></nav></div></div>`
    : `<div class="fr-header__menu console-menu"><div class="fr-container">${menuLinks}</div></div>`;
  return `<header role="banner" class="fr-header"><div class="fr-header__body"><div class="fr-container"><div class="fr-header__body-row">
<div class="fr-header__brand fr-enlarge-link"><div class="fr-header__brand-top"><div class="fr-header__logo"><p class="fr-logo">${w.republic}</p></div></div>
<div class="fr-header__service"><a href="/console" title="${w.home}"><p class="fr-header__service-title">${w.service}</p></a><p class="fr-header__service-tagline">${w.tagline}</p></div></div>
<div class="fr-header__tools"><div class="fr-header__tools-links"><ul class="fr-btns-group"><li>${languageLink(page)}</li>${signOut}</ul></div></div>
</div></div></div>${menu}</header>`;
}

function breadcrumb(page: PageContext, crumbs: Crumb[] | undefined): string {
  if (!crumbs?.length) return '';
  const w = shellText[page.lang];
  const items = crumbs
    .map((crumb, i) =>
      i === crumbs.length - 1 || !crumb.href
        ? `<li><a class="fr-breadcrumb__link" aria-current="page">${escapeHtml(crumb.label)}</a></li>`
        : `<li><a class="fr-breadcrumb__link" href="${escapeHtml(crumb.href)}">${escapeHtml(crumb.label)}</a></li>`,
    )
    .join('');
  // Closed as DSFR expects: DSFR's script focuses the first link whenever the breadcrumb opens, so one
  // rendered open would take the focus at load, before the skip links. console.css shows it without JavaScript.
  return `<nav class="fr-breadcrumb" aria-label="${w.breadcrumb}"><button type="button" class="fr-breadcrumb__button" aria-expanded="false" aria-controls="breadcrumb">${w.showBreadcrumb}</button><div class="fr-collapse" id="breadcrumb"><ol class="fr-breadcrumb__list">${items}</ol></div></nav>`;
}

function notice(page: PageContext, n: Notice): string {
  const title = n.title ? `<h2 class="fr-alert__title">${escapeHtml(n.title)}</h2>` : '';
  const role = n.kind === 'error' ? ' role="alert"' : ' role="status"';
  return `<div class="fr-alert fr-alert--${n.kind}${n.title ? '' : ' fr-alert--sm'} fr-mt-3w"${role}>${title}<p>${escapeHtml(n.text)}</p></div>`;
}

function footer(page: PageContext): string {
  const w = shellText[page.lang];
  return `<footer class="fr-footer" role="contentinfo" id="pied"><div class="fr-container"><div class="fr-footer__body">
<div class="fr-footer__brand fr-enlarge-link"><a href="/console" title="${w.home}"><p class="fr-logo">${w.republic}</p></a></div>
<div class="fr-footer__content"><p class="fr-footer__content-desc">${w.footer}</p></div></div></div></footer>`;
}

/** The hidden field every console form carries (the PageGuard refuses a POST without it). */
export function csrfInput(page: PageContext): string {
  return `<input type="hidden" name="_csrf" value="${escapeHtml(page.csrf)}">`;
}

/**
 * The shell around content written bit by bit (a long import reporting its progress): browsers show
 * each part as it arrives, so progress shows without JavaScript.
 */
export function renderPageAround(page: PageContext, options: Omit<PageOptions, 'main'>): { top: string; bottom: string } {
  const marker = '<!--console-content-->';
  const [top, bottom] = renderPage(page, { ...options, main: marker }).split(marker);
  return { top, bottom };
}
