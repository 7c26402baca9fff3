import { select, textArea, textInput, type InputField } from '../shell/forms';
import { Html, markup } from './markup';

/** What a form was sent with and what was wrong, field by field: a form re-rendered with it keeps what was typed. */
export interface FormState {
  values: Record<string, string>;
  errors: Record<string, string>;
  /** What is accepted but worth a second look, by field (shown in DSFR's warning message). */
  warnings?: Record<string, string>;
}

export const emptyForm = (values: Record<string, string> = {}): FormState => ({ values, errors: {} });

export interface FieldSpec {
  name: string;
  label: string;
  hint?: string;
  type?: InputField['type'];
  required?: boolean;
  /** Form prefix so two forms on one page keep distinct ids. */
  form?: string;
}

/** The shell's field, fed from a form's state (its value and its error by name). */
const base = (spec: FieldSpec, state: FormState) => ({
  name: spec.name,
  id: spec.form ? `${spec.form}-${spec.name}` : spec.name,
  label: spec.label,
  hint: spec.hint,
  required: spec.required,
  value: state.values[spec.name] ?? '',
  error: state.errors[spec.name],
  warning: state.warnings?.[spec.name],
});

export const inputField = (spec: FieldSpec, state: FormState): Html => new Html(textInput({ ...base(spec, state), type: spec.type }));

export const textareaField = (spec: FieldSpec, state: FormState, rows = 4): Html => new Html(textArea({ ...base(spec, state), rows }));

export const selectField = (spec: FieldSpec, options: Array<{ value: string; label: string }>, state: FormState): Html =>
  new Html(select({ ...base(spec, state), options }));

/** The form's own error at the top, for an error that belongs to no single field. */
export function formAlert(message: string | undefined): Html {
  return message ? markup`<div class="fr-alert fr-alert--error fr-mb-3w" role="alert"><p>${message}</p></div>` : markup``;
}

export function csrfField(csrf: string): Html {
  return markup`<input type="hidden" name="_csrf" value="${csrf}">`;
}
