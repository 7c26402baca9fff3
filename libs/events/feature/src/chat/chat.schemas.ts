import { z } from 'zod';

const field = z.string().max(200);

/**
 * What Mattermost POSTs (application/x-www-form-urlencoded) for a custom slash command. Fields Cercle
 * does not read (team_domain, channel_name, command, response_url, trigger_id) are allowed and ignored.
 */
export const slashCommandForm = z
  .object({
    token: z.string().default(''),
    team_id: field.default(''),
    channel_id: field.min(1),
    user_id: field.min(1),
    user_name: field.default(''),
    text: z.string().max(4000).default(''),
  })
  .passthrough();
export type SlashCommandForm = z.infer<typeof slashCommandForm>;

/** The JSON Mattermost POSTs to a button's `integration.url` when someone clicks it. */
export const actionCallbackBody = z
  .object({
    user_id: field.min(1),
    user_name: field.default(''),
    channel_id: field.min(1),
    team_id: field.default(''),
    post_id: field.default(''),
    context: z.unknown(),
  })
  .passthrough();
export type ActionCallbackBody = z.infer<typeof actionCallbackBody>;
