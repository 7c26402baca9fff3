import { topicKindLabels, type TopicKind } from '@cercle/contracts';
import type { Language } from '@cercle/words';
import { csrfField, formAlert, inputField, selectField, type FormState } from '../series/fields';
import { markup, Html } from '../series/markup';
import { dataTable } from '../series/table';
import { formOf, type OccurrencePage } from './occurrence-data';

const WORDS = {
  fr: {
    heading: 'Sujets et votes',
    caption: 'Sujets proposés, les plus votés en premier',
    title: 'Sujet',
    kind: 'Type',
    by: 'Proposé par',
    votes: 'Votes',
    placed: 'Placement',
    none: 'Aucun sujet proposé.',
    vote: 'Voter au nom d’un membre',
    topic: 'Sujet',
    member: 'Membre',
    castVote: 'Enregistrer le vote',
    place: 'Placer un sujet',
    selected: 'Retenu',
    notSelected: 'Non retenu',
    choice: 'Décision',
    room: 'Salle',
    from: 'Début (HH:MM)',
    to: 'Fin (HH:MM)',
    placeHint: 'Salle et horaires ensemble, ou aucun pour retenir le sujet sans le placer.',
    save: 'Enregistrer le placement',
    grid: 'Grille salles × créneaux',
    slot: 'Créneau',
    unplaced: 'Retenus, pas encore placés',
  },
  en: {
    heading: 'Topics and votes',
    caption: 'Proposed topics, most votes first',
    title: 'Topic',
    kind: 'Kind',
    by: 'Proposed by',
    votes: 'Votes',
    placed: 'Placement',
    none: 'No topic proposed.',
    vote: 'Vote on behalf of a member',
    topic: 'Topic',
    member: 'Member',
    castVote: 'Record the vote',
    place: 'Place a topic',
    selected: 'Selected',
    notSelected: 'Not selected',
    choice: 'Decision',
    room: 'Room',
    from: 'Start (HH:MM)',
    to: 'End (HH:MM)',
    placeHint: 'Room and times together, or none to select the topic without placing it.',
    save: 'Save the placement',
    grid: 'Rooms × slots grid',
    slot: 'Slot',
    unplaced: 'Selected, not placed yet',
  },
};

/** The rooms × slots grid of the selected topics (a cell lists the topics placed there). */
function gridView(page: OccurrencePage): Html {
  const w = WORDS[page.language];
  const { slots, unplaced } = page.data.programme;
  const rooms = [...new Set(slots.flatMap((s) => s.rooms.map((r) => r.room)))].sort();
  const rows = slots.map(
    (s) =>
      markup`<tr><th scope="row">${s.title[page.language]} ${s.localStart}–${s.localEnd}</th>${rooms.map(
        (room) => markup`<td>${(s.rooms.find((r) => r.room === room)?.topics ?? []).map((t) => t.title).join(', ')}</td>`,
      )}</tr>`,
  );
  return markup`${dataTable(w.grid, [w.slot, ...rooms], rows)}
${unplaced.length ? markup`<p>${w.unplaced} : ${unplaced.map((t) => t.title).join(', ')}</p>` : ''}`;
}

/** A topic's (or a contribution's) kind in words, from the contracts' labels (the same words as the public pages). */
export function topicKindLabel(kind: string | null, language: Language): string {
  if (!kind) return '—';
  return topicKindLabels[kind as TopicKind]?.[language] ?? kind;
}

export function topicsView(page: OccurrencePage): Html {
  const w = WORDS[page.language];
  const { topics, members, occurrence } = page.data;
  const base = `/console/occurrences/${occurrence.id}`;
  const rows = topics.map(
    (t) =>
      markup`<tr><td>${t.title}</td><td>${topicKindLabel(t.kind, page.language)}</td><td>${t.proposerName ?? '—'}</td><td>${t.votes}</td><td>${
        t.selected ? `${w.selected}${t.room ? ` — ${t.room}, ${t.localStart}–${t.localEnd}` : ''}` : w.notSelected
      }</td></tr>`,
  );
  const topicOptions = topics.map((t) => ({ value: t.id, label: t.title }));
  const vote: FormState = formOf(page, 'vote');
  const placement: FormState = formOf(page, 'placement');
  return markup`<section aria-labelledby="topics-title" class="fr-mb-6w">
<h2 id="topics-title">${w.heading}</h2>
${dataTable(w.caption, [w.title, w.kind, w.by, w.votes, w.placed], rows, w.none)}
${
  topics.length
    ? markup`<div class="fr-grid-row fr-grid-row--gutters">
<div class="fr-col-12 fr-col-md-6">
<h3>${w.vote}</h3>
${formAlert(vote.errors._form)}
<form method="post" action="${base}/votes" novalidate>
  ${csrfField(page.csrf)}
  ${selectField({ name: 'topicId', label: w.topic, form: 'vote' }, topicOptions, vote)}
  ${selectField(
    { name: 'memberId', label: w.member, form: 'vote' },
    members.map((m) => ({ value: m.id, label: m.name })),
    vote,
  )}
  <button class="fr-btn" type="submit">${w.castVote}</button>
</form>
</div>
<div class="fr-col-12 fr-col-md-6">
<h3>${w.place}</h3>
${formAlert(placement.errors._form)}
<form method="post" action="${base}/placement" novalidate>
  ${csrfField(page.csrf)}
  ${selectField({ name: 'topicId', label: w.topic, form: 'placement' }, topicOptions, placement)}
  ${selectField(
    { name: 'selected', label: w.choice, form: 'placement' },
    [
      { value: 'yes', label: w.selected },
      { value: 'no', label: w.notSelected },
    ],
    placement,
  )}
  <p class="fr-hint-text">${w.placeHint}</p>
  ${inputField({ name: 'room', label: w.room, form: 'placement' }, placement)}
  ${inputField({ name: 'localStart', label: w.from, form: 'placement' }, placement)}
  ${inputField({ name: 'localEnd', label: w.to, form: 'placement' }, placement)}
  <button class="fr-btn" type="submit">${w.save}</button>
</form>
</div>
</div>`
    : ''
}
${gridView(page)}
</section>`;
}

/** The placement form as `PUT /topics/:id/placement` takes it. */
export function placementBody(values: Record<string, string>): {
  selected: boolean;
  room: string | null;
  localStart: string | null;
  localEnd: string | null;
} {
  const v = (name: string) => (values[name] ?? '').trim() || null;
  return { selected: values.selected !== 'no', room: v('room'), localStart: v('localStart'), localEnd: v('localEnd') };
}
