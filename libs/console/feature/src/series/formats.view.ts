import type { Language } from '@cercle/words';
import { csrfField, formAlert, inputField, textareaField, type FormState } from './fields';
import { markup, Html } from './markup';
import { dataTable } from './table';

export interface FormatsPage {
  language: Language;
  csrf: string;
  action: string;
  formats: Array<{ id: string; name: { fr: string; en: string }; defaultDurationMinutes: number; agenda: unknown[]; builtIn: boolean }>;
  form: FormState;
}

const WORDS = {
  fr: {
    heading: 'Formats',
    name: 'Nom',
    duration: 'Durée (min)',
    slots: 'Séquences',
    origin: 'Origine',
    builtIn: 'Intégré',
    own: 'Le vôtre',
    create: 'Définir un format',
    nameField: 'Nom du format',
    nameEn: 'Nom en anglais (facultatif)',
    durationField: 'Durée par défaut en minutes',
    startTime: 'Heure de début par défaut',
    agenda: 'Déroulé',
    agendaHint: 'Une séquence par ligne : début et durée en minutes depuis le début, puis le titre. Ex. « 0 15 Accueil ».',
    submit: 'Enregistrer le format',
  },
  en: {
    heading: 'Formats',
    name: 'Name',
    duration: 'Duration (min)',
    slots: 'Slots',
    origin: 'Origin',
    builtIn: 'Built in',
    own: 'Yours',
    create: 'Define a format',
    nameField: 'Format name',
    nameEn: 'Name in English (optional)',
    durationField: 'Default duration in minutes',
    startTime: 'Default start time',
    agenda: 'Agenda',
    agendaHint: 'One slot per line: start and duration in minutes from the start, then the title. E.g. "0 15 Welcome".',
    submit: 'Save the format',
  },
};

/** The formats a series can follow, and the form to define one's own. */
export function formatsView(page: FormatsPage): Html {
  const w = WORDS[page.language];
  const rows = page.formats.map(
    (f) =>
      markup`<tr>
        <td>${f.name[page.language]}</td>
        <td>${f.defaultDurationMinutes}</td>
        <td>${f.agenda.length}</td>
        <td>${f.builtIn ? w.builtIn : w.own}</td>
      </tr>`,
  );
  return markup`<h1>${w.heading}</h1>
    ${dataTable(w.heading, [w.name, w.duration, w.slots, w.origin], rows)}
    <section aria-labelledby="format-create">
      <h2 id="format-create">${w.create}</h2>
      ${formAlert(page.form.errors._form)}
      <form method="post" action="${page.action}" novalidate>
        ${csrfField(page.csrf)} ${inputField({ name: 'name', label: w.nameField, required: true }, page.form)}
        ${inputField({ name: 'nameEn', label: w.nameEn }, page.form)}
        ${inputField({ name: 'durationMinutes', label: w.durationField, type: 'number', required: true }, page.form)}
        ${inputField({ name: 'startTime', label: w.startTime, type: 'time' }, page.form)}
        ${textareaField({ name: 'agenda', label: w.agenda, hint: w.agendaHint }, page.form, 6)}
        <button class="fr-btn" type="submit">${w.submit}</button>
      </form>
    </section>`;
}
