import { z } from 'zod';
import type { FieldErrors } from '../shell/forms';
import { languageSelect, textInput } from '../shell/forms';
import type { PageContext } from '../shell/page-context';
import { membersText } from './members.text';

export interface MemberFormValues {
  name: string;
  email: string;
  mattermostUsername: string;
  language: string;
}

/** The same rules as membership's, checked here so each error shows next to its field. */
const memberSchema = z.object({
  name: z.string().trim().min(1).max(200),
  email: z.string().trim().toLowerCase().email().max(320),
  mattermostUsername: z
    .string()
    .trim()
    .transform((v) => v.replace(/^@/, '').toLowerCase())
    .refine((v) => v === '' || /^[a-z0-9._-]{1,64}$/.test(v)),
  language: z.enum(['fr', 'en']),
});

export function valuesOf(body: Record<string, string>): MemberFormValues {
  return {
    name: body.name ?? '',
    email: body.email ?? '',
    mattermostUsername: body.mattermostUsername ?? '',
    language: body.language ?? 'fr',
  };
}

/** The member as membership takes it, or the errors by field in the page's language. */
export function readMemberForm(
  page: PageContext,
  values: MemberFormValues,
):
  | { ok: true; member: { name: string; email: string; mattermostUsername: string | null; language: 'fr' | 'en' } }
  | { ok: false; errors: FieldErrors } {
  const parsed = memberSchema.safeParse(values);
  if (parsed.success) return { ok: true, member: { ...parsed.data, mattermostUsername: parsed.data.mattermostUsername || null } };
  const w = membersText[page.lang];
  const messages: Record<string, string> = {
    name: w.nameInvalid,
    email: w.emailInvalid,
    mattermostUsername: w.mattermostInvalid,
    language: w.language,
  };
  const errors: FieldErrors = {};
  for (const issue of parsed.error.issues) errors[String(issue.path[0])] ??= messages[String(issue.path[0])];
  return { ok: false, errors };
}

/** The fields of a member, for adding one or editing one. */
export function memberFields(page: PageContext, values: Partial<MemberFormValues>, errors: FieldErrors = {}): string {
  const w = membersText[page.lang];
  return [
    textInput({ name: 'name', label: w.name, value: values.name, error: errors.name, required: true, autocomplete: 'off' }),
    textInput({
      name: 'email',
      type: 'email',
      label: w.email,
      value: values.email,
      error: errors.email,
      required: true,
      autocomplete: 'off',
    }),
    textInput({
      name: 'mattermostUsername',
      label: w.mattermostUsername,
      hint: w.mattermostHint,
      value: values.mattermostUsername,
      error: errors.mattermostUsername,
      autocomplete: 'off',
    }),
    languageSelect(page, { name: 'language', label: w.language, value: values.language }),
  ].join('');
}
