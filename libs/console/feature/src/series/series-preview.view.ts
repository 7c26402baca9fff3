import { formatDay, zoneLabel, type Language } from '@cercle/words';
import { markup, Html } from './markup';
import { previewNoteText } from './preview-warnings';
import { stepLabel } from './step-names';
import { dataTable as table } from './table';

/** `POST /series/preview` as JSON. */
export interface SeriesPreviewData {
  dates: Array<{ key: string; startsAt: string; localStart: string; utcOffset: string; offsetChanged: boolean }>;
  agenda: Array<{ id: string; title: { fr: string; en: string }; localStart: string; localEnd: string; durationMinutes: number }>;
  steps: Array<{ step: string; dueAt: string; localDue: string }>;
  notes: string[];
}

const WORDS = {
  fr: {
    dates: 'Prochaines dates',
    date: 'Date',
    time: 'Heure locale',
    offset: 'Décalage UTC',
    clockChange: "Changement d'heure depuis la date précédente",
    agenda: 'Déroulé de la première séance',
    slot: 'Séquence',
    from: 'Début',
    to: 'Fin',
    steps: 'Étapes de la première séance',
    step: 'Étape',
    due: 'Prévue le',
    none: 'Cette règle ne donne aucune date à venir.',
  },
  en: {
    dates: 'Next dates',
    date: 'Date',
    time: 'Local time',
    offset: 'UTC offset',
    clockChange: 'Clocks changed since the previous date',
    agenda: 'Agenda of the first session',
    slot: 'Slot',
    from: 'Start',
    to: 'End',
    steps: 'Steps of the first session',
    step: 'Step',
    due: 'Due',
    none: 'This rule gives no date to come.',
  },
};

/** The preview of a new series: dates in local time with clock changes shown, the first agenda and step dates. */
export function seriesPreviewView(preview: SeriesPreviewData, timeZone: string, language: Language): Html {
  const w = WORDS[language];
  if (!preview.dates.length) return markup`<div class="fr-alert fr-alert--warning fr-mb-3w"><p>${w.none}</p></div>`;
  const zone = zoneLabel(timeZone, language);
  const dates = preview.dates.map(
    (d) =>
      markup`<tr>
        <td>${formatDay(d.startsAt, timeZone, language)}</td>
        <td>${d.localStart.slice(11, 16)} (${zone})</td>
        <td>UTC${d.utcOffset}${d.offsetChanged ? markup` <p class="fr-badge fr-badge--info fr-badge--sm">${w.clockChange}</p>` : ''}</td>
      </tr>`,
  );
  const agenda = preview.agenda.map(
    (a) =>
      markup`<tr>
        <td>${a.title[language]}</td>
        <td>${a.localStart}</td>
        <td>${a.localEnd}</td>
      </tr>`,
  );
  const steps = preview.steps.map(
    (s) =>
      markup`<tr>
        <td>${stepLabel(s.step, language)}</td>
        <td>${formatDay(s.dueAt, timeZone, language)}, ${s.localDue.slice(11, 16)}</td>
      </tr>`,
  );
  return markup`<section aria-labelledby="preview-title" id="preview">
    <h2 id="preview-title">${language === 'fr' ? 'Prévisualisation' : 'Preview'}</h2>
    ${preview.notes
      .map((note) => previewNoteText(note, language))
      .filter((note) => note !== null)
      .map(
        (note) =>
          markup`<div class="fr-alert fr-alert--info fr-alert--sm fr-mb-2w"><p${note.lang ? markup` lang="${note.lang}"` : ''}>${note.text}</p></div>`,
      )}
    ${table(w.dates, [w.date, w.time, w.offset], dates)} ${table(w.agenda, [w.slot, w.from, w.to], agenda)}
    ${table(w.steps, [w.step, w.due], steps)}
  </section>`;
}
