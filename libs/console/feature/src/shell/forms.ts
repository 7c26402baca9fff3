import { escapeHtml } from '@cercle/platform';
import type { PageContext } from './page-context';
import { csrfInput } from './page-shell';
import { shellText } from './shell-text';

/**
 * The console's form pieces, in DSFR markup. Each field shows its error next to it (DSFR error state,
 * linked by aria-describedby) and keeps what was typed (`value`). Errors are already-translated texts
 * keyed by field name; `errorSummary` lists them at the top with links to the fields.
 */
export type FieldErrors = Record<string, string>;

interface FieldBase {
  name: string;
  label: string;
  hint?: string;
  error?: string;
  required?: boolean;
  /** The element id, when a page has two fields of one name (defaults to the name). */
  id?: string;
  /** A warning that does not refuse the value (a first date in the past), shown where an error would be. */
  warning?: string;
}

export interface InputField extends FieldBase {
  type?: 'text' | 'email' | 'password' | 'number' | 'date' | 'time' | 'datetime-local' | 'url' | 'search';
  value?: string | number | null;
  autocomplete?: string;
  /** Extra attributes, already escaped (e.g. `min="1"`). */
  attributes?: string;
}

export interface SelectField extends FieldBase {
  options: Array<{ value: string; label: string }>;
  value?: string | null;
  /** A first option with an empty value ("— choose —"). */
  placeholder?: string;
}

function labelOf(field: FieldBase): string {
  const id = field.id ?? field.name;
  const hint = field.hint ? `<span class="fr-hint-text">${escapeHtml(field.hint)}</span>` : '';
  return `<label class="fr-label" for="${escapeHtml(id)}">${escapeHtml(field.label)}${field.required ? ' *' : ''}${hint}</label>`;
}

function messages(id: string, error: string | undefined, warning?: string): string {
  const warned = warning ? `<p class="fr-message fr-message--warning" id="${escapeHtml(id)}-warning">${escapeHtml(warning)}</p>` : '';
  const text = (error ? `<p class="fr-message fr-message--error" id="${escapeHtml(id)}-error">${escapeHtml(error)}</p>` : '') + warned;
  return `<div class="fr-messages-group" id="${escapeHtml(id)}-messages" aria-live="polite">${text}</div>`;
}

function described(id: string, error: string | undefined): string {
  return ` aria-describedby="${escapeHtml(id)}-messages"${error ? ' aria-invalid="true"' : ''}`;
}

export function textInput(field: InputField): string {
  const id = field.id ?? field.name;
  const error = field.error;
  return `<div class="fr-input-group${error ? ' fr-input-group--error' : ''}">${labelOf(field)}<input class="fr-input${error ? ' fr-input--error' : ''}" type="${field.type ?? 'text'}" id="${escapeHtml(id)}" name="${escapeHtml(field.name)}" value="${escapeHtml(field.value ?? '')}"${field.autocomplete ? ` autocomplete="${escapeHtml(field.autocomplete)}"` : ''}${field.required ? ' required' : ''}${field.attributes ? ` ${field.attributes}` : ''}${described(id, error)}>${messages(id, error, field.warning)}</div>`;
}

export function textArea(field: FieldBase & { value?: string | null; rows?: number }): string {
  const id = field.id ?? field.name;
  const error = field.error;
  return `<div class="fr-input-group${error ? ' fr-input-group--error' : ''}">${labelOf(field)}<textarea class="fr-input${error ? ' fr-input--error' : ''}" id="${escapeHtml(id)}" name="${escapeHtml(field.name)}" rows="${field.rows ?? 6}"${field.required ? ' required' : ''}${described(id, error)}>${escapeHtml(field.value ?? '')}</textarea>${messages(id, error)}</div>`;
}

export function select(field: SelectField): string {
  const id = field.id ?? field.name;
  const error = field.error;
  const options = [
    ...(field.placeholder !== undefined
      ? [`<option value=""${field.value ? '' : ' selected'}>${escapeHtml(field.placeholder)}</option>`]
      : []),
    ...field.options.map(
      (o) => `<option value="${escapeHtml(o.value)}"${o.value === field.value ? ' selected' : ''}>${escapeHtml(o.label)}</option>`,
    ),
  ].join('');
  return `<div class="fr-select-group${error ? ' fr-select-group--error' : ''}">${labelOf(field)}<select class="fr-select${error ? ' fr-select--error' : ''}" id="${escapeHtml(id)}" name="${escapeHtml(field.name)}"${field.required ? ' required' : ''}${described(id, error)}>${options}</select>${messages(id, error)}</div>`;
}

/** A file picker (multipart forms: give `form({ multipart: true })`). */
export function fileInput(field: FieldBase & { accept?: string }): string {
  const id = field.id ?? field.name;
  const error = field.error;
  return `<div class="fr-upload-group${error ? ' fr-upload-group--error' : ''}">${labelOf(field)}<input class="fr-upload" type="file" id="${escapeHtml(id)}" name="${escapeHtml(field.name)}"${field.accept ? ` accept="${escapeHtml(field.accept)}"` : ''}${described(id, error)}>${messages(id, error)}</div>`;
}

/** Radio buttons or checkboxes under one legend, with the group's error under them. */
export function fieldset(options: {
  name: string;
  legend: string;
  hint?: string;
  type: 'radio' | 'checkbox';
  choices: Array<{ value: string; label: string; hint?: string }>;
  /** The checked values. */
  values?: string[];
  error?: string;
  inline?: boolean;
}): string {
  const id = `${options.name}-fieldset`;
  const legendId = `${id}-legend`;
  const error = options.error;
  const choices = options.choices
    .map((choice, i) => {
      const choiceId = `${options.name}-${i}`;
      const checked = options.values?.includes(choice.value) ? ' checked' : '';
      const hint = choice.hint ? `<span class="fr-hint-text">${escapeHtml(choice.hint)}</span>` : '';
      return `<div class="fr-fieldset__element${options.inline ? ' fr-fieldset__element--inline' : ''}"><div class="fr-${options.type === 'radio' ? 'radio' : 'checkbox'}-group"><input type="${options.type}" id="${choiceId}" name="${escapeHtml(options.name)}" value="${escapeHtml(choice.value)}"${checked}><label class="fr-label" for="${choiceId}">${escapeHtml(choice.label)}${hint}</label></div></div>`;
    })
    .join('');
  const hint = options.hint ? `<span class="fr-hint-text">${escapeHtml(options.hint)}</span>` : '';
  return `<fieldset class="fr-fieldset${error ? ' fr-fieldset--error' : ''}" id="${id}" aria-labelledby="${legendId}${error ? ` ${id}-messages` : ''}"${error ? ' role="group"' : ''}><legend class="fr-fieldset__legend fr-fieldset__legend--regular" id="${legendId}">${escapeHtml(options.legend)}${hint}</legend>${choices}${messages(id, error)}</fieldset>`;
}

/** The list of a form's errors at its top, each a link to its field (keyboard users land on it). */
export function errorSummary(page: PageContext, errors: FieldErrors | undefined, labels: Record<string, string> = {}): string {
  const entries = Object.entries(errors ?? {});
  if (!entries.length) return '';
  const w = shellText[page.lang];
  const items = entries
    .map(
      ([field, message]) =>
        `<li><a href="#${escapeHtml(field)}">${labels[field] ? `${escapeHtml(labels[field])} : ` : ''}${escapeHtml(message)}</a></li>`,
    )
    .join('');
  return `<div class="fr-alert fr-alert--error fr-mb-3w" role="alert" id="error-summary"><h2 class="fr-alert__title">${w.errorSummary}</h2><ul>${items}</ul></div>`;
}

/**
 * A form posting to the console, with its CSRF token. `body` is the fields' markup; the submit button
 * comes last unless `submit` is null (a form made of buttons only).
 */
export function form(
  page: PageContext,
  options: { action: string; body: string; submit?: string | null; multipart?: boolean; secondary?: boolean; id?: string },
): string {
  const enctype = options.multipart ? ' enctype="multipart/form-data"' : '';
  const button =
    options.submit === null
      ? ''
      : `<button type="submit" class="fr-btn${options.secondary ? ' fr-btn--secondary' : ''}">${escapeHtml(options.submit ?? 'OK')}</button>`;
  return `<form method="post" action="${escapeHtml(options.action)}"${enctype}${options.id ? ` id="${escapeHtml(options.id)}"` : ''} novalidate>${csrfInput(page)}${options.body}${button}</form>`;
}

/** A one-button form (deactivate, remove, sign out…): a POST, never a link, so no crawler or prefetch triggers it. */
export function actionButton(
  page: PageContext,
  options: { action: string; label: string; kind?: 'primary' | 'secondary' | 'tertiary'; fields?: Record<string, string>; title?: string },
): string {
  const hidden = Object.entries(options.fields ?? {})
    .map(([name, value]) => `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}">`)
    .join('');
  const kind = options.kind && options.kind !== 'primary' ? ` fr-btn--${options.kind}` : '';
  const title = options.title ? ` title="${escapeHtml(options.title)}"` : '';
  return `<form method="post" action="${escapeHtml(options.action)}" class="console-inline-form">${csrfInput(page)}${hidden}<button type="submit" class="fr-btn fr-btn--sm${kind}"${title}>${escapeHtml(options.label)}</button></form>`;
}

/** The form's line on required fields (RGAA asks that it be said before the fields). */
export function requiredNote(page: PageContext): string {
  return `<p class="fr-text--sm">${shellText[page.lang].required}</p>`;
}

/** The choice between French and English (a community's default, a member's, an email's). */
export function languageSelect(page: PageContext, field: Omit<SelectField, 'options'>): string {
  const w = shellText[page.lang];
  return select({
    ...field,
    value: field.value ?? page.lang,
    options: [
      { value: 'fr', label: w.french },
      { value: 'en', label: w.english },
    ],
  });
}
