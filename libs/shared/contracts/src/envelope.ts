import { z } from 'zod';

/**
 * What travels in every job's data: the message id (the idempotency key consumers record), the
 * message name and version (the contract it was written against), when it happened, and the payload.
 * The payload carries ids and the facts the consumer cannot look up itself; state stays in databases.
 */
export const envelopeSchema = z.object({
  messageId: z.string().uuid(),
  name: z.string().min(1),
  version: z.number().int().positive(),
  occurredAt: z.string().datetime(),
  payload: z.unknown(),
});

export type Envelope<P = unknown> = Omit<z.infer<typeof envelopeSchema>, 'payload'> & { payload: P };
