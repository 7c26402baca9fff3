import { z } from 'zod';
import { topicKind } from '@cercle/contracts';

const emptyToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const name = z.preprocess(emptyToUndefined, z.string({ message: 'required' }).trim().min(1).max(200));

/** Limits shown beside the fields of the room's page. */
export const dayLimits = { titleMin: 3, titleMax: 200, descriptionMax: 2000, nameMax: 200 } as const;

/** A topic written on the board from a phone: who proposes it, its title, optionally its kind and a few words. */
export const dayTopicForm = z.object({
  name,
  title: z.preprocess(emptyToUndefined, z.string({ message: 'required' }).trim().min(dayLimits.titleMin).max(dayLimits.titleMax)),
  kind: z.preprocess(emptyToUndefined, topicKind.optional()),
  description: z.preprocess(emptyToUndefined, z.string().trim().max(dayLimits.descriptionMax).optional()),
});
export type DayTopicForm = z.infer<typeof dayTopicForm>;

/** Volunteering as the scribe of a workshop (a selected topic, by id). */
export const dayScribeForm = z.object({
  name,
  topicId: z.preprocess(emptyToUndefined, z.string({ message: 'required' }).uuid()),
});
export type DayScribeForm = z.infer<typeof dayScribeForm>;

export type DayField = 'name' | 'title' | 'kind' | 'description' | 'topicId';
export interface DayFieldError {
  field: DayField;
  code: string;
}

/** The first problem of each field, for the page to word in the reader's language. */
export function dayFieldErrors(error: z.ZodError): DayFieldError[] {
  const seen = new Set<string>();
  return error.issues
    .map((issue) => ({ field: String(issue.path[0]) as DayField, code: issue.code }))
    .filter((e) => !seen.has(e.field) && seen.add(e.field));
}
