import { z } from 'zod';

export const nextRolesBody = z.object({
  theme: z.string().trim().min(1).max(200).nullable().default(null),
  guideMemberId: z.string().uuid().nullable().default(null),
  contributorMemberIds: z.array(z.string().uuid()).max(50).default([]),
});
export type NextRolesBody = z.infer<typeof nextRolesBody>;

export const noteBody = z.object({
  workshop: z.string().trim().min(1).max(200),
  scribeName: z.string().trim().min(1).max(200).nullable().default(null),
  markdown: z.string().min(1).max(200_000),
});
export type NoteBody = z.infer<typeof noteBody>;
