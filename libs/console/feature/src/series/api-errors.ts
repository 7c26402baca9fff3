import type { Lang } from '../shell/page-context';
import { issueText, serviceErrorText } from '../api/error-words';

/** An error answer of a service, as its HTTP client hands it over. */
export interface ApiErrorBody {
  statusCode?: number;
  code?: string;
  message?: string;
  issues?: Array<{ path: string; message: string }>;
  /** What a use-case error adds (the valid times nearest to a refused one). */
  details?: unknown;
}

/**
 * A service's refusal as errors next to the form's fields: a validation issue goes to the field its path
 * names (`paths` maps API paths to field names), a use-case error by its code (`codes`); what belongs to no
 * field goes to `_form`, shown above the form. Texts are in the page's language (`error-words.ts`).
 */
export function fieldErrorsOf(
  body: ApiErrorBody,
  paths: Record<string, string>,
  codes: Record<string, string>,
  lang: Lang,
): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of body.issues ?? []) {
    const field = paths[issue.path] ?? '_form';
    const text = issueText(issue, lang);
    errors[field] = errors[field] ? `${errors[field]} ; ${text}` : text;
  }
  if (!body.issues?.length) errors[(body.code && codes[body.code]) || '_form'] = serviceErrorText(body, lang);
  return errors;
}
