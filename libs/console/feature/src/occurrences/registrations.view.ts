import { countOf, type Language } from '@cercle/words';
import { markup, Html } from '../series/markup';
import { statusBadge } from '../series/status-badge';
import { dataTable } from '../series/table';
import type { OccurrenceData } from './occurrence-data';

const WORDS = {
  fr: {
    heading: 'Inscriptions',
    summary: (c: OccurrenceData['registrations']['counts'], capacity: number | null) =>
      `${c.yes} oui, ${c.maybe} peut-être, ${c.no} non ; ${c.confirmed} place(s) confirmée(s)${capacity ? ` sur ${capacity}` : ''}, ${c.waitlisted} en liste d'attente.`,
    caption: 'Réponses',
    name: 'Nom',
    answer: 'Réponse',
    place: 'Place',
    guest: 'invité·e',
    answers: { yes: 'Oui', no: 'Non', maybe: 'Peut-être' } as Record<string, string>,
    places: { confirmed: 'Confirmée', waitlisted: "En liste d'attente", declined: 'Aucune' } as Record<string, string>,
    waiting: "Liste d'attente",
    nobody: 'Personne pour le moment.',
    person: 'personne',
    people: 'personnes',
  },
  en: {
    heading: 'Registrations',
    summary: (c: OccurrenceData['registrations']['counts'], capacity: number | null) =>
      `${c.yes} yes, ${c.maybe} maybe, ${c.no} no; ${c.confirmed} confirmed place(s)${capacity ? ` of ${capacity}` : ''}, ${c.waitlisted} waiting.`,
    caption: 'Answers',
    name: 'Name',
    answer: 'Answer',
    place: 'Place',
    guest: 'guest',
    answers: { yes: 'Yes', no: 'No', maybe: 'Maybe' } as Record<string, string>,
    places: { confirmed: 'Confirmed', waitlisted: 'Waiting list', declined: 'None' } as Record<string, string>,
    waiting: 'Waiting list',
    nobody: 'Nobody yet.',
    person: 'person',
    people: 'people',
  },
};

/** Who answered what, and the waiting list in its order. */
export function registrationsView(registrations: OccurrenceData['registrations'], language: Language): Html {
  const w = WORDS[language];
  const rows = registrations.registrations.map(
    (r) =>
      markup`<tr><td>${r.memberName ?? '—'}${r.guest ? ` (${w.guest})` : ''}</td><td>${w.answers[r.answer] ?? r.answer}</td><td>${
        w.places[r.status] ?? statusBadge(r.status, language)
      }</td></tr>`,
  );
  const waiting = registrations.waitingList.map((r) => markup`<li>${r.memberName ?? '—'}</li>`);
  return markup`<section aria-labelledby="registrations-title" class="fr-mb-6w">
  <h2 id="registrations-title">${w.heading}</h2>
  <p>${w.summary(registrations.counts, registrations.capacity)}</p>
  ${dataTable(w.caption, [w.name, w.answer, w.place], rows, w.nobody)}
  <h3>${w.waiting} (${countOf(registrations.waitingList.length, w.person, w.people, language)})</h3>
  ${waiting.length ? markup`<ol>${waiting}</ol>` : markup`<p>${w.nobody}</p>`}
</section>`;
}
