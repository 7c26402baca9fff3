import { z } from 'zod';
import { serviceConfigSchema } from '@cercle/platform';

export const eventsConfigSchema = serviceConfigSchema.extend({
  PORT: z.coerce.number().int().default(3101),
});
export type EventsConfig = z.infer<typeof eventsConfigSchema>;
