import { z } from 'zod';

export const id = z.string().uuid();
export const isoDateTime = z.string().datetime({ offset: true });
export const language = z.enum(['fr', 'en']);
export const registrationAnswer = z.enum(['yes', 'no', 'maybe']);
export const topicKind = z.enum(['talk', 'demo', 'experienceReport', 'invitedExpert', 'workshop']);

/** What a message needs to say about an occurrence so that the receiver can render it without asking. */
export const occurrenceSnapshot = z.object({
  occurrenceId: id,
  seriesId: id,
  communityId: id,
  title: z.string(),
  formatId: z.string(),
  formatName: z.string(),
  startsAt: isoDateTime,
  endsAt: isoDateTime,
  timeZone: z.string(),
  location: z.string().nullable(),
  theme: z.string().nullable(),
  agenda: z.array(z.object({ title: z.string(), localStart: z.string(), localEnd: z.string() })),
});
export type OccurrenceSnapshot = z.infer<typeof occurrenceSnapshot>;
