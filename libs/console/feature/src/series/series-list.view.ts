import { formatDay, type Language } from '@cercle/words';
import { markup, Html } from './markup';
import { dataTable } from './table';

export interface CommunitySeries {
  community: { id: string; name: string };
  series: Array<{ id: string; title: string; timeZone: string; nextOccurrence: { id: string; startsAt: string; status?: string } | null }>;
}

const WORDS = {
  fr: { heading: 'Séries', title: 'Série', next: 'Prochaine séance', create: 'Nouvelle série', none: 'Aucune série.', formats: 'Formats' },
  en: { heading: 'Series', title: 'Series', next: 'Next session', create: 'New series', none: 'No series.', formats: 'Formats' },
};

/** Each community's series with its next session, and a way to start one. */
export function seriesListView(communities: CommunitySeries[], language: Language): Html {
  const w = WORDS[language];
  return markup`<h1>${w.heading}</h1>
<p><a class="fr-link" href="/console/formats">${w.formats}</a></p>
${communities.map(
  ({ community, series }) => markup`<section class="fr-mb-5w" aria-labelledby="community-${community.id}">
<h2 id="community-${community.id}">${community.name}</h2>
${dataTable(
  `${w.heading} — ${community.name}`,
  [w.title, w.next],
  series.map(
    (s) =>
      markup`<tr><td><a href="/console/series/${s.id}">${s.title}</a></td><td>${
        s.nextOccurrence
          ? markup`<a href="/console/occurrences/${s.nextOccurrence.id}">${formatDay(s.nextOccurrence.startsAt, s.timeZone, language)}</a>`
          : '—'
      }</td></tr>`,
  ),
  w.none,
)}
<a class="fr-btn fr-btn--secondary" href="/console/communities/${community.id}/series/new">${w.create}<span class="fr-sr-only"> — ${community.name}</span></a>
</section>`,
)}`;
}
