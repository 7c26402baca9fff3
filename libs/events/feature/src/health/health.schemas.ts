import { z } from 'zod';

const days = z.number().int().min(0).max(90);
const uuid = z.string().uuid();

/**
 * An organiser's choice of health checks for a series; what is left out keeps its current value (and, never
 * chosen, the default: see DEFAULT_HEALTH_SETTINGS in @cercle/events-domain and the README).
 */
export const healthChecksBody = z
  .object({
    noGuide: z.object({ enabled: z.boolean(), daysBefore: days }).partial().strict(),
    contributorNotReady: z.object({ enabled: z.boolean(), daysBefore: days }).partial().strict(),
    lowRegistrations: z
      .object({ enabled: z.boolean(), daysBefore: days, minShare: z.number().gt(0, 'minShare: a share of the capacity above 0').max(1) })
      .partial()
      .strict(),
    waitingListWhileFree: z.object({ enabled: z.boolean() }).partial().strict(),
    failedDeliveries: z
      .object({ enabled: z.boolean(), atLeast: z.number().int().min(1).max(10_000) })
      .partial()
      .strict(),
    /** Members of the series' community told of alerts besides the guide (its organisers, through their member record). */
    notifyMemberIds: z.array(uuid).max(20),
  })
  .partial()
  .strict();
export type HealthChecksBody = z.infer<typeof healthChecksBody>;
