import type { Language } from '@cercle/words';
import { csrfField, formAlert, inputField, selectField, type FormState } from './fields';
import { markup, Html } from './markup';
import { seriesPreviewView, type SeriesPreviewData } from './series-preview.view';

export interface FormatOption {
  id: string;
  name: { fr: string; en: string };
  defaultDurationMinutes: number;
  defaultStartTime?: string;
}

export interface SeriesFormPage {
  language: Language;
  csrf: string;
  /** Where the form posts (the console's route for this community). */
  action: string;
  formats: FormatOption[];
  form: FormState;
  preview: SeriesPreviewData | null;
  /** The steps that would run at creation (their date is past), said beside the create button. */
  immediateSteps?: string[];
}

const WORDS = {
  fr: {
    heading: 'Nouvelle série',
    intro: 'Choisissez un format et un rythme ; « Prévisualiser » montre les prochaines dates sans rien créer.',
    title: 'Titre',
    format: 'Format',
    firstDate: 'Première date',
    firstDateHint: 'Format AAAA-MM-JJ ; le rythme se cale sur ce jour.',
    startTime: 'Heure de début',
    startTimeHint: 'HH:MM, heure locale',
    pattern: 'Rythme',
    rrule: 'Règle RRULE (rythme personnalisé)',
    rruleHint: 'Par exemple FREQ=MONTHLY;BYDAY=2TH',
    duration: 'Durée en minutes',
    durationHint: 'Vide : la durée du format',
    timeZone: 'Fuseau horaire',
    location: 'Lieu',
    capacity: 'Nombre de places',
    capacityHint: 'Vide : sans limite',
    preview: 'Prévisualiser',
    create: 'Créer la série',
    immediate: 'À la création',
    patterns: {
      'monthly-nth': 'Chaque mois, même rang du jour (ex. 2e jeudi)',
      'monthly-last': 'Chaque mois, dernier jour de cette semaine',
      weekly: 'Chaque semaine',
      biweekly: 'Toutes les deux semaines',
      custom: 'Personnalisé (RRULE)',
    },
  },
  en: {
    heading: 'New series',
    intro: 'Pick a format and a rhythm; "Preview" shows the next dates without creating anything.',
    title: 'Title',
    format: 'Format',
    firstDate: 'First date',
    firstDateHint: 'YYYY-MM-DD; the rhythm follows this day.',
    startTime: 'Start time',
    startTimeHint: 'HH:MM, local time',
    pattern: 'Rhythm',
    rrule: 'RRULE (custom rhythm)',
    rruleHint: 'For example FREQ=MONTHLY;BYDAY=2TH',
    duration: 'Duration in minutes',
    durationHint: "Empty: the format's duration",
    timeZone: 'Time zone',
    location: 'Place',
    capacity: 'Places',
    capacityHint: 'Empty: no limit',
    preview: 'Preview',
    create: 'Create the series',
    immediate: 'On creation',
    patterns: {
      'monthly-nth': 'Monthly, same weekday rank (e.g. 2nd Thursday)',
      'monthly-last': 'Monthly, last such weekday',
      weekly: 'Weekly',
      biweekly: 'Every other week',
      custom: 'Custom (RRULE)',
    },
  },
};

/** The series form: "Prévisualiser" posts it back and shows the preview under what was typed; "Créer" creates. */
export function seriesFormView(page: SeriesFormPage): Html {
  const w = WORDS[page.language];
  const { form } = page;
  const formats = page.formats.map((f) => ({ value: f.id, label: f.name[page.language] }));
  const patterns = Object.entries(w.patterns).map(([value, label]) => ({ value, label }));
  return markup`<h1>${w.heading}</h1>
    <p>${w.intro}</p>
    ${formAlert(form.errors._form)}
    <form method="post" action="${page.action}" novalidate>
      ${csrfField(page.csrf)} ${inputField({ name: 'title', label: w.title, required: true }, form)}
      ${selectField({ name: 'formatId', label: w.format }, formats, form)}
      <div class="fr-grid-row fr-grid-row--gutters">
        <div class="fr-col-12 fr-col-md-6">
          ${inputField({ name: 'firstDate', label: w.firstDate, hint: w.firstDateHint, type: 'date', required: true }, form)}
        </div>
        <div class="fr-col-12 fr-col-md-6">
          ${inputField({ name: 'startTime', label: w.startTime, hint: w.startTimeHint, type: 'time', required: true }, form)}
        </div>
      </div>
      ${selectField({ name: 'pattern', label: w.pattern }, patterns, form)}
      ${inputField({ name: 'rrule', label: w.rrule, hint: w.rruleHint }, form)}
      <div class="fr-grid-row fr-grid-row--gutters">
        <div class="fr-col-12 fr-col-md-4">
          ${inputField({ name: 'durationMinutes', label: w.duration, hint: w.durationHint, type: 'number' }, form)}
        </div>
        <div class="fr-col-12 fr-col-md-4">${inputField({ name: 'timeZone', label: w.timeZone }, form)}</div>
        <div class="fr-col-12 fr-col-md-4">
          ${inputField({ name: 'capacity', label: w.capacity, hint: w.capacityHint, type: 'number' }, form)}
        </div>
      </div>
      ${inputField({ name: 'location', label: w.location }, form)} ${immediateAlert(w.immediate, page.immediateSteps ?? [])}
      <ul class="fr-btns-group fr-btns-group--inline-md">
        <li><button class="fr-btn fr-btn--secondary" type="submit" name="action" value="preview">${w.preview}</button></li>
        <li><button class="fr-btn" type="submit" name="action" value="create">${w.create}</button></li>
      </ul>
    </form>
    ${page.preview ? seriesPreviewView(page.preview, form.values.timeZone || 'Europe/Paris', page.language) : ''}`;
}

/** Steps past due run at once when the series is created: said where the organiser is about to click. */
function immediateAlert(title: string, warnings: string[]): Html {
  if (!warnings.length) return markup``;
  return markup`<div class="fr-alert fr-alert--warning fr-mb-2w" id="immediate-steps">
    <h2 class="fr-alert__title">${title}</h2>
    <ul>
      ${warnings.map((warning) => markup`<li>${warning}</li>`)}
    </ul>
  </div>`;
}
