import { z } from 'zod';

/**
 * The daily tick of the delivery log's retention, added by a job scheduler on the notifications-delivery
 * queue. It carries nothing: the handler reads the retention from its config and the time from its clock.
 */
export const deliveryLogRetentionDue = z.object({});
