import { z } from 'zod';
import { serviceConfigSchema } from '@cercle/platform';

export const eventsConfigSchema = serviceConfigSchema.extend({
  PORT: z.coerce.number().int().default(3101),
  /** The chat server, read when a slash command comes from someone Cercle knows only by email. */
  MATTERMOST_URL: z.string().url().optional(),
  MATTERMOST_TOKEN: z.string().min(1).optional(),
  /**
   * The token Mattermost gave the `/cercle` slash command (it sends it with every call); several,
   * comma-separated, for one command per team. Unset: the slash command answers 401 to everyone.
   */
  MATTERMOST_COMMAND_TOKEN: z.string().min(1).optional(),
});
export type EventsConfig = z.infer<typeof eventsConfigSchema>;
