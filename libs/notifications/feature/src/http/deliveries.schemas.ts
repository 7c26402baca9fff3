import { z } from 'zod';
import { DELIVERY_CHANNELS, DELIVERY_STATUSES } from '../entities/delivery.entity';

export const listDeliveriesQuery = z
  .object({
    status: z.enum(DELIVERY_STATUSES).optional(),
    channel: z.enum(DELIVERY_CHANNELS).optional(),
    notificationId: z.string().uuid().optional(),
    /** Every notification about that occurrence (announcement, reminders, reschedule…). */
    occurrenceId: z.string().uuid().optional(),
    limit: z.coerce.number().int().min(1).max(500).default(50),
    offset: z.coerce.number().int().min(0).default(0),
  })
  // A misspelt filter must not quietly list everything.
  .strict();
export type ListDeliveriesQuery = z.infer<typeof listDeliveriesQuery>;
