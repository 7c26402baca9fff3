import { z } from 'zod';

export const createCommunityBody = z.object({
  name: z.string().trim().min(1).max(200),
  mattermostChannelId: z.string().trim().min(1).max(64).nullable().default(null),
  defaultLanguage: z.enum(['fr', 'en']).default('fr'),
});

/** What an organiser may change about a community; absent fields stay as they are. */
export const updateCommunityBody = z
  .object({
    name: z.string().trim().min(1).max(200),
    mattermostChannelId: z.string().trim().min(1).max(64).nullable(),
    defaultLanguage: z.enum(['fr', 'en']),
  })
  .partial()
  .strict();
export type UpdateCommunityBody = z.infer<typeof updateCommunityBody>;

const memberFields = z.object({
  name: z.string().trim().min(1).max(200),
  email: z.string().trim().toLowerCase().email(),
  language: z.enum(['fr', 'en']).optional(),
  mattermostUsername: z
    .string()
    .trim()
    .regex(/^[a-z0-9._-]{1,64}$/, 'a Mattermost username (lower-case letters, digits, . _ -)')
    .nullable()
    .default(null),
});

/** One member or many at once (an import); all are validated before any is written. */
export const addMembersBody = z.object({ members: z.array(memberFields).min(1).max(20000) });
export type AddMembersBody = z.infer<typeof addMembersBody>;
