import { z } from 'zod';
import { topicKind } from '@cercle/contracts';

const emptyToNull = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? null : v);

/** Limits shown to people beside the fields (the page says them; the browser does not cut text silently). */
export const topicLimits = { titleMin: 3, titleMax: 200, descriptionMax: 4000 } as const;

/**
 * The registration form (HTML form post or JSON). A topic is optional; a title needs a kind and a kind
 * needs a title. Empty form fields count as absent.
 */
export const registrationForm = z
  .object({
    answer: z.enum(['yes', 'no', 'maybe'], { message: 'Choose yes, no or maybe' }),
    topicTitle: z.preprocess(
      emptyToNull,
      z
        .string()
        .trim()
        .min(topicLimits.titleMin, `At least ${topicLimits.titleMin} characters`)
        .max(topicLimits.titleMax, `At most ${topicLimits.titleMax} characters`)
        .nullable()
        .default(null),
    ),
    topicKind: z.preprocess(emptyToNull, topicKind.nullable().default(null)),
    topicDescription: z.preprocess(
      emptyToNull,
      z.string().trim().max(topicLimits.descriptionMax, `At most ${topicLimits.descriptionMax} characters`).nullable().default(null),
    ),
  })
  .superRefine((value, ctx) => {
    if (value.topicTitle && !value.topicKind) ctx.addIssue({ code: 'custom', path: ['topicKind'], message: 'Choose the kind of topic' });
    if (value.topicKind && !value.topicTitle)
      ctx.addIssue({ code: 'custom', path: ['topicTitle'], message: 'A topic of this kind needs a title' });
    if (value.topicDescription && !value.topicTitle)
      ctx.addIssue({ code: 'custom', path: ['topicTitle'], message: 'A topic with a description needs a title' });
  });
export type RegistrationForm = z.infer<typeof registrationForm>;

export type FormField = 'answer' | 'topicTitle' | 'topicKind' | 'topicDescription';
/** A field the person must correct, with the rule it broke (the page words it in the reader's language). */
export interface FieldError {
  field: FormField;
  code: string;
  message: string;
}

export function fieldErrors(error: z.ZodError): FieldError[] {
  const seen = new Set<string>();
  return error.issues
    .map((issue) => ({ field: String(issue.path[0] ?? 'answer') as FormField, code: issue.code, message: issue.message }))
    .filter((e) => !seen.has(e.field) && seen.add(e.field));
}
