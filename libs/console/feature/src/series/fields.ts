import { markup, Html } from './markup';

/** What a form was sent with and what was wrong, field by field: a form re-rendered with it keeps what was typed. */
export interface FormState {
  values: Record<string, string>;
  errors: Record<string, string>;
}

export const emptyForm = (values: Record<string, string> = {}): FormState => ({ values, errors: {} });

export interface FieldSpec {
  name: string;
  label: string;
  hint?: string;
  type?: 'text' | 'date' | 'time' | 'number' | 'email' | 'datetime-local' | 'url';
  required?: boolean;
  /** Form prefix so two forms on one page keep distinct ids. */
  form?: string;
}

const idOf = (spec: FieldSpec) => `${spec.form ? `${spec.form}-` : ''}${spec.name}`;

function messages(id: string, error: string | undefined): Html {
  return markup`<div class="fr-messages-group" id="${id}-messages" aria-live="polite">
    ${error ? markup`<p class="fr-message fr-message--error" id="${id}-message-error">${error}</p>` : ''}
  </div>`;
}

function label(spec: FieldSpec, id: string): Html {
  return markup`<label class="fr-label" for="${id}"
    >${spec.label}${spec.hint ? markup`<span class="fr-hint-text">${spec.hint}</span>` : ''}</label
  >`;
}

/** A DSFR input group; with an error, the group's error state and its message tied to the field. */
export function inputField(spec: FieldSpec, state: FormState): Html {
  const id = idOf(spec);
  const error = state.errors[spec.name];
  return markup`<div class="fr-input-group${error ? ' fr-input-group--error' : ''}">
    ${label(spec, id)}
    <input
      class="fr-input${error ? ' fr-input--error' : ''}"
      type="${spec.type ?? 'text'}"
      id="${id}"
      name="${spec.name}"
      value="${state.values[spec.name] ?? ''}"
      ${spec.required ? markup` required` : ''}
      aria-describedby="${id}-messages"
      ${error ? markup` aria-invalid="true"` : ''}
    />
    ${messages(id, error)}
  </div>`;
}

export function textareaField(spec: FieldSpec, state: FormState, rows = 4): Html {
  const id = idOf(spec);
  const error = state.errors[spec.name];
  return markup`<div class="fr-input-group${error ? ' fr-input-group--error' : ''}">
    ${label(spec, id)}
    <textarea
      class="fr-input${error ? ' fr-input--error' : ''}"
      id="${id}"
      name="${spec.name}"
      rows="${rows}"
      aria-describedby="${id}-messages"
      ${error ? markup` aria-invalid="true"` : ''}
    >${state.values[spec.name] ?? ''}</textarea>
    ${messages(id, error)}
  </div>`;
}

export function selectField(spec: FieldSpec, options: Array<{ value: string; label: string }>, state: FormState): Html {
  const id = idOf(spec);
  const error = state.errors[spec.name];
  const chosen = state.values[spec.name] ?? '';
  return markup`<div class="fr-select-group${error ? ' fr-select-group--error' : ''}">
    ${label(spec, id)}
    <select
      class="fr-select${error ? ' fr-select--error' : ''}"
      id="${id}"
      name="${spec.name}"
      aria-describedby="${id}-messages"
      ${error ? markup` aria-invalid="true"` : ''}
    >
      ${options.map((o) => markup`<option value="${o.value}" ${o.value === chosen ? markup` selected` : ''}>${o.label}</option>`)}
    </select>
    ${messages(id, error)}
  </div>`;
}

/** The form's own error summary at the top, for an error that belongs to no single field. */
export function formAlert(message: string | undefined): Html {
  return message ? markup`<div class="fr-alert fr-alert--error fr-mb-3w" role="alert"><p>${message}</p></div>` : markup``;
}

export function csrfField(csrf: string): Html {
  return markup`<input type="hidden" name="_csrf" value="${csrf}" />`;
}
