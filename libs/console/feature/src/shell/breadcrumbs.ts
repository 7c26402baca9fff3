import type { Lang } from './page-context';
import type { Crumb } from './page-shell';

/**
 * Every page below the home has one breadcrumb of one shape: Accueil › Communautés › <community> ›
 * <series> › <session>, cut where the page sits (a page of the organiser's own, such as the formats or
 * the deliveries, hangs from Accueil directly). The last crumb is the page itself, without a link.
 */
const WORDS: Record<Lang, { home: string; communities: string }> = {
  fr: { home: 'Accueil', communities: 'Communautés' },
  en: { home: 'Home', communities: 'Communities' },
};

const id = (value: string) => encodeURIComponent(value);

/** Accueil, then `trail`; the last crumb loses its link (it is the current page). */
export function crumbs(lang: Lang, trail: Crumb[]): Crumb[] {
  const all = [{ label: WORDS[lang].home, href: '/console' }, ...trail];
  return all.map((crumb, i) => (i === all.length - 1 ? { label: crumb.label } : crumb));
}

/** Accueil › Communautés › the community, then `rest`. */
export function communityTrail(lang: Lang, community: { id: string; name: string }, rest: Crumb[] = []): Crumb[] {
  return crumbs(lang, [
    { label: WORDS[lang].communities, href: '/console/communities' },
    { label: community.name, href: `/console/communities/${id(community.id)}` },
    ...rest,
  ]);
}

/** Accueil › Communautés › the community › the series, then `rest` (an occurrence). */
export function seriesTrail(
  lang: Lang,
  community: { id: string; name: string },
  series: { id: string; title: string },
  rest: Crumb[] = [],
): Crumb[] {
  return communityTrail(lang, community, [{ label: series.title, href: `/console/series/${id(series.id)}` }, ...rest]);
}
