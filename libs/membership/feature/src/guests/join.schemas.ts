import { z } from 'zod';

/** Limits shown beside the fields. */
export const joinLimits = { nameMax: 200, emailMax: 320 } as const;

/** The public registration form: a name and an email (HTML form post or JSON). */
export const joinForm = z.object({
  name: z
    .string({ message: 'Give your name' })
    .trim()
    .min(1, 'Give your name')
    .max(joinLimits.nameMax, `At most ${joinLimits.nameMax} characters`),
  email: z
    .string({ message: 'Give your email address' })
    .trim()
    .toLowerCase()
    .max(joinLimits.emailMax, `At most ${joinLimits.emailMax} characters`)
    .email('Give a valid email address, such as name@example.org'),
});
export type JoinForm = z.infer<typeof joinForm>;
export type JoinField = keyof JoinForm;

/** The first problem of each field, with the rule it broke (the page words it in the reader's language). */
export function joinFieldErrors(error: z.ZodError): Array<{ field: JoinField; code: string }> {
  const seen = new Set<string>();
  return error.issues
    .map((issue) => ({ field: (issue.path[0] === 'email' ? 'email' : 'name') as JoinField, code: issue.code }))
    .filter((e) => !seen.has(e.field) && seen.add(e.field));
}
