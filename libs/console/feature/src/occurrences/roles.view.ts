import { formatMoment } from '@cercle/words';
import { csrfField, formAlert, inputField, selectField } from '../series/fields';
import { fieldset } from '../shell/forms';
import { markup, Html } from '../series/markup';
import { dataTable } from '../series/table';
import { formOf, type OccurrencePage } from './occurrence-data';
import { topicKindLabel } from './topics.view';

const WORDS = {
  fr: {
    heading: 'Rôles et préparation',
    guide: 'Guide',
    nobody: '— Personne —',
    contributors: 'Contributeur·rice·s',
    save: 'Enregistrer les rôles',
    readiness: 'Préparation des contributions',
    who: 'Contributeur·rice',
    kind: 'Type',
    title: 'Titre',
    status: 'Avancement',
    statuses: { notStarted: 'Pas commencée', inProgress: 'En cours', ready: 'Prête' } as Record<string, string>,
    missing: 'Manque',
    ready: 'Prêt',
    missingItems: { title: 'le titre', materials: 'le support' } as Record<string, string>,
    participants: 'Participant·e·s',
    scribes: 'Scribes',
    workshop: 'Atelier ou séance',
    scribe: 'Scribe',
    notesIn: 'Notes reçues',
    nameScribe: 'Nommer un·e scribe',
    member: 'Membre',
    saveScribe: 'Nommer',
    notes: 'Notes',
    noNotes: 'Aucune note pour le moment.',
  },
  en: {
    heading: 'Roles and preparation',
    guide: 'Guide',
    nobody: '— Nobody —',
    contributors: 'Contributors',
    save: 'Save the roles',
    readiness: 'Contributions readiness',
    who: 'Contributor',
    kind: 'Kind',
    title: 'Title',
    status: 'Progress',
    statuses: { notStarted: 'Not started', inProgress: 'In progress', ready: 'Ready' } as Record<string, string>,
    missing: 'Missing',
    ready: 'Ready',
    missingItems: { title: 'the title', materials: 'the materials' } as Record<string, string>,
    participants: 'Participants',
    scribes: 'Scribes',
    workshop: 'Workshop or session',
    scribe: 'Scribe',
    notesIn: 'Notes in',
    nameScribe: 'Name a scribe',
    member: 'Member',
    saveScribe: 'Name',
    notes: 'Notes',
    noNotes: 'No notes yet.',
  },
};

/** The roles form (guide and contributors, each a member of the community), and each contributor's readiness. */
export function rolesView(page: OccurrencePage): Html {
  const w = WORDS[page.language];
  const { roles, readiness, members, occurrence } = page.data;
  const form = formOf(page, 'roles');
  const chosen = form.values.contributorMemberIds?.split(',') ?? roles.contributors.map((c) => c.memberId);
  const guideState = { values: { guideMemberId: form.values.guideMemberId ?? roles.guide?.memberId ?? '' }, errors: form.errors };
  const people = members.map((m) => ({ value: m.id, label: m.name }));
  const rows = readiness.contributions.map(
    (c) =>
      markup`<tr><td>${c.memberName}</td><td>${topicKindLabel(c.kind, page.language)}</td><td>${c.title ?? '—'}</td><td>${
        w.statuses[c.prepStatus] ?? c.prepStatus
      }</td><td>${c.missing.length ? c.missing.map((m) => w.missingItems[m] ?? m).join(', ') : w.ready}</td></tr>`,
  );
  return markup`<section aria-labelledby="roles-title" class="fr-mb-6w">
<h2 id="roles-title">${w.heading}</h2>
${formAlert(form.errors._form)}
<form method="post" action="/console/occurrences/${occurrence.id}/roles" novalidate>
  ${csrfField(page.csrf)}
  ${selectField({ name: 'guideMemberId', label: w.guide, form: 'roles' }, [{ value: '', label: w.nobody }, ...people], guideState)}
  ${new Html(
    fieldset({
      name: 'contributorMemberIds',
      legend: w.contributors,
      type: 'checkbox',
      choices: members.map((m) => ({ value: m.id, label: m.name })),
      values: chosen,
      error: form.errors.contributorMemberIds,
    }),
  )}
  <button class="fr-btn" type="submit">${w.save}</button>
</form>
${dataTable(w.readiness, [w.who, w.kind, w.title, w.status, w.missing], rows)}
<p>${w.participants} : ${roles.participants.map((p) => p.name).join(', ') || '—'}</p>
</section>`;
}

/** Scribes by workshop, the form to name one, and the notes that came in. */
export function scribesAndNotesView(page: OccurrencePage): Html {
  const w = WORDS[page.language];
  const { scribes, members, occurrence } = page.data;
  const form = formOf(page, 'scribe');
  const zone = occurrence.timeZone;
  const rows = scribes.map(
    (s) =>
      markup`<tr><td>${s.workshop}</td><td>${s.name}</td><td>${s.notesSubmittedAt ? formatMoment(s.notesSubmittedAt, zone, page.language) : '—'}</td></tr>`,
  );
  const notes = occurrence.notes.map(
    (n) => markup`<article class="fr-mb-3w"><h3>${n.workshop} — ${n.scribeName}</h3>
<p class="fr-text--sm">${formatMoment(n.submittedAt, zone, page.language)}</p>
<div class="fr-text--md console-pre-wrap">${n.markdown}</div></article>`,
  );
  return markup`<section aria-labelledby="scribes-title" class="fr-mb-6w">
<h2 id="scribes-title">${w.scribes}</h2>
${dataTable(w.scribes, [w.workshop, w.scribe, w.notesIn], rows)}
<h3>${w.nameScribe}</h3>
${formAlert(form.errors._form)}
<form method="post" action="/console/occurrences/${occurrence.id}/scribes" novalidate>
  ${csrfField(page.csrf)}
  ${inputField({ name: 'workshop', label: w.workshop, form: 'scribe' }, form)}
  ${selectField(
    { name: 'memberId', label: w.member, form: 'scribe' },
    members.map((m) => ({ value: m.id, label: m.name })),
    form,
  )}
  <button class="fr-btn" type="submit">${w.saveScribe}</button>
</form>
</section>
<section aria-labelledby="notes-title" class="fr-mb-6w">
<h2 id="notes-title">${w.notes}</h2>
${notes.length ? notes : markup`<p>${w.noNotes}</p>`}
</section>`;
}
