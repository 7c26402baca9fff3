import { formatDay, zoneLabel, type Language } from '@cercle/words';
import { csrfField, formAlert, inputField, selectField, type FormState } from './fields';
import { markup, Html } from './markup';
import { statusBadge } from './status-badge';
import { dataTable } from './table';

export interface SeriesPageData {
  series: {
    id: string;
    communityId: string;
    title: string;
    timeZone: string;
    location: string | null;
    capacity: number | null;
    startTime: string;
    rrule: string;
  };
  occurrences: Array<{ id: string; key: string; startsAt: string; localStart: string; status: string; theme: string | null }>;
  exceptions: Array<{ type: 'skip' | 'move'; date: string; newLocalStart?: string }>;
}

export interface SeriesPage {
  language: Language;
  csrf: string;
  /** The console's path of this series, e.g. /console/series/<id>. */
  base: string;
  data: SeriesPageData;
  edit: FormState;
  exception: FormState;
  /** What the last change reported (a series edit or an exception), already in words. */
  report?: string;
}

const WORDS = {
  fr: {
    occurrences: 'Séances',
    date: 'Date',
    time: 'Heure',
    status: 'État',
    theme: 'Thématique',
    open: 'Ouvrir',
    edit: 'Modifier la série',
    editIntro: "Les changements s'appliquent aux séances à venir qui n'ont pas encore été annoncées.",
    title: 'Titre',
    location: 'Lieu',
    capacity: 'Nombre de places',
    startTime: 'Heure de début',
    rrule: 'Règle RRULE',
    save: 'Enregistrer',
    exceptions: 'Sauter ou déplacer une date',
    exceptionDate: 'Date concernée',
    exceptionType: 'Action',
    skip: 'Sauter cette date',
    move: 'Déplacer cette date',
    newLocalStart: 'Nouvelle date et heure',
    newLocalStartHint: 'AAAA-MM-JJTHH:MM, heure locale ; seulement pour un déplacement',
    apply: 'Appliquer',
    current: 'Exceptions en place',
    restore: 'Rétablir',
    skipped: 'sautée',
    movedTo: 'déplacée au',
  },
  en: {
    occurrences: 'Sessions',
    date: 'Date',
    time: 'Time',
    status: 'State',
    theme: 'Theme',
    open: 'Open',
    edit: 'Edit the series',
    editIntro: 'Changes apply to future sessions that have not been announced yet.',
    title: 'Title',
    location: 'Place',
    capacity: 'Places',
    startTime: 'Start time',
    rrule: 'RRULE',
    save: 'Save',
    exceptions: 'Skip or move a date',
    exceptionDate: 'Date',
    exceptionType: 'Action',
    skip: 'Skip this date',
    move: 'Move this date',
    newLocalStart: 'New date and time',
    newLocalStartHint: 'YYYY-MM-DDTHH:MM, local time; only to move',
    apply: 'Apply',
    current: 'Exceptions in place',
    restore: 'Restore',
    skipped: 'skipped',
    movedTo: 'moved to',
  },
};

/** A series: its sessions, its edit form, and the dates skipped or moved. */
export function seriesView(page: SeriesPage): Html {
  const w = WORDS[page.language];
  const { series, occurrences, exceptions } = page.data;
  const zone = zoneLabel(series.timeZone, page.language);
  const rows = occurrences.map(
    (o) =>
      markup`<tr>
        <td>${formatDay(o.startsAt, series.timeZone, page.language)}</td>
        <td>${o.localStart.slice(11, 16)} (${zone})</td>
        <td>${statusBadge(o.status, page.language)}</td>
        <td>${o.theme ?? ''}</td>
        <td>
          <a class="fr-link" href="/console/occurrences/${o.id}">${w.open}<span class="fr-sr-only"> ${o.key}</span></a>
        </td>
      </tr>`,
  );
  const dates = occurrences.filter((o) => o.status === 'planned' || o.status === 'announced');
  const dateOptions = dates.map((o) => ({ value: o.key, label: formatDay(o.startsAt, series.timeZone, page.language) }));
  const current = exceptions.map(
    (e) =>
      markup`<li>
        ${e.date} — ${e.type === 'skip' ? w.skipped : `${w.movedTo} ${e.newLocalStart ?? ''}`}
        <form method="post" action="${page.base}/exceptions/${e.date}/delete" class="fr-display-inline">
          ${csrfField(page.csrf)}
          <button class="fr-btn fr-btn--sm fr-btn--tertiary" type="submit">${w.restore}<span class="fr-sr-only"> ${e.date}</span></button>
        </form>
      </li>`,
  );
  return markup`<h1>${series.title}</h1>
    ${page.report ? markup`<div class="fr-alert fr-alert--success fr-mb-3w" role="status"><p>${page.report}</p></div>` : ''}
    ${dataTable(w.occurrences, [w.date, w.time, w.status, w.theme, ''], rows)}
    <section aria-labelledby="edit-title" class="fr-mb-6w">
      <h2 id="edit-title">${w.edit}</h2>
      <p>${w.editIntro}</p>
      ${formAlert(page.edit.errors._form)}
      <form method="post" action="${page.base}/edit" novalidate>
        ${csrfField(page.csrf)} ${inputField({ name: 'title', label: w.title, form: 'edit' }, page.edit)}
        ${inputField({ name: 'location', label: w.location, form: 'edit' }, page.edit)}
        ${inputField({ name: 'capacity', label: w.capacity, type: 'number', form: 'edit' }, page.edit)}
        ${inputField({ name: 'startTime', label: w.startTime, type: 'time', form: 'edit' }, page.edit)}
        ${inputField({ name: 'rrule', label: w.rrule, form: 'edit' }, page.edit)}
        <button class="fr-btn" type="submit">${w.save}</button>
      </form>
    </section>
    <section aria-labelledby="exceptions-title">
      <h2 id="exceptions-title">${w.exceptions}</h2>
      ${formAlert(page.exception.errors._form)}
      <form method="post" action="${page.base}/exceptions" novalidate>
        ${csrfField(page.csrf)} ${selectField({ name: 'date', label: w.exceptionDate, form: 'exception' }, dateOptions, page.exception)}
        ${selectField(
          { name: 'type', label: w.exceptionType, form: 'exception' },
          [
            { value: 'skip', label: w.skip },
            { value: 'move', label: w.move },
          ],
          page.exception,
        )}
        ${inputField({ name: 'newLocalStart', label: w.newLocalStart, hint: w.newLocalStartHint, form: 'exception' }, page.exception)}
        <button class="fr-btn" type="submit">${w.apply}</button>
      </form>
      ${
        current.length
          ? markup`<h3>${w.current}</h3>
              <ul>
                ${current}
              </ul>`
          : ''
      }
    </section>`;
}

/** The edit form as `PATCH /series/:id` takes it: only the fields that differ from the series. */
export function seriesEditBody(values: Record<string, string>, series: SeriesPageData['series']): Record<string, unknown> {
  const v = (name: string) => (values[name] ?? '').trim();
  const body: Record<string, unknown> = {};
  if (v('title') && v('title') !== series.title) body.title = v('title');
  if (v('location') !== (series.location ?? '')) body.location = v('location') || null;
  const capacity = v('capacity') === '' ? null : Number(v('capacity'));
  if (capacity !== series.capacity) body.capacity = capacity;
  if (v('startTime') && v('startTime') !== series.startTime) body.startTime = v('startTime');
  if (v('rrule') && v('rrule') !== series.rrule) body.rrule = v('rrule');
  return body;
}

/** The exception form as `POST /series/:id/exceptions` takes it. */
export function seriesExceptionBody(values: Record<string, string>): Record<string, string> {
  const date = (values.date ?? '').trim();
  return values.type === 'move' ? { type: 'move', date, newLocalStart: (values.newLocalStart ?? '').trim() } : { type: 'skip', date };
}
