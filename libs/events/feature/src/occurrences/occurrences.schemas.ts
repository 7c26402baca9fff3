import { z } from 'zod';
import { localStartSchema } from '@cercle/events-domain';

/** The new start, as a local date-time in the series' zone (with its offset where clocks show it twice) or as an ISO instant; the duration is kept unless given. */
export const rescheduleBody = z
  .object({
    localStart: localStartSchema.optional(),
    startsAt: z.string().datetime({ offset: true }).optional(),
    durationMinutes: z
      .number()
      .int()
      .positive()
      .max(24 * 60)
      .optional(),
  })
  .refine((body) => (body.localStart === undefined) !== (body.startsAt === undefined), {
    message: 'give exactly one of localStart and startsAt',
  });
export type RescheduleBody = z.infer<typeof rescheduleBody>;

export const cancelBody = z.object({ reason: z.string().trim().min(1).max(500) });
export type CancelBody = z.infer<typeof cancelBody>;
