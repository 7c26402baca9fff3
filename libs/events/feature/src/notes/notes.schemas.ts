import { z } from 'zod';

/** A workshop's notes, from the scribe's page or an organiser. */
export const noteBody = z.object({
  workshop: z.string().trim().min(1).max(200),
  scribeName: z.string().trim().min(1).max(200).nullable().default(null),
  markdown: z.string().min(1).max(200_000),
});
export type NoteBody = z.infer<typeof noteBody>;
