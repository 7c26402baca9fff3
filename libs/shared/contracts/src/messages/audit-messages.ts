import { z } from 'zod';
import { id, isoDateTime } from './shared-schemas';

/**
 * Published by whichever service served a successful organiser write (POST/PUT/PATCH/DELETE on an
 * organiser route), for membership's audit log. Never carries the request body (it holds people's
 * personal data); the route's params are ids and dates.
 */
export const organiserActionRecorded = z.object({
  organiserId: id,
  organiserName: z.string(),
  tokenId: id,
  /** The community the route acted in, as the access guard found it; null for routes without one (own tokens, formats). */
  communityId: id.nullable(),
  service: z.enum(['events', 'membership', 'notifications']),
  /** Method and route pattern, e.g. `POST /occurrences/:occurrenceId/cancel`. */
  action: z.string().regex(/^(POST|PUT|PATCH|DELETE) \/\S*$/),
  params: z.record(z.string(), z.string()),
  /** What a POST created, when its answer names it (`id`, or the `id` of its first named object). */
  resourceId: id.nullable().default(null),
  status: z.number().int().min(100).max(599),
  at: isoDateTime,
});
