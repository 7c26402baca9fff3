import { z } from 'zod';

/**
 * A Matrix user id, `@localpart:server` (Tchap's look like `@prenom.nom-agent.gouv.fr:agent.tchap.gouv.fr`).
 * The spec allows 255 characters; localparts are lower-case (historical upper-case ids are refused here,
 * no server creates them any more). The server part is a host name with an optional port.
 */
export const matrixUserId = z
  .string()
  .trim()
  .max(255)
  .regex(/^@[a-z0-9._=\-/+]+:[A-Za-z0-9.-]+(:\d{1,5})?$/, 'a Matrix user id, @name:server');

/**
 * A Matrix room id: `!opaque:server`, or `!opaque` alone from room version 12 on (the server part was
 * dropped). Never an alias (`#room:server`): aliases can be moved to another room.
 */
export const matrixRoomId = z
  .string()
  .trim()
  .max(255)
  .regex(/^![A-Za-z0-9._~+/=-]+(:[A-Za-z0-9.-]+(:\d{1,5})?)?$/, 'a Matrix room id, !opaque:server (not an alias)');

/** Where a community's chat messages go: its Mattermost channel and people, its Matrix room and people, or both. */
export const chatChoice = z.enum(['mattermost', 'matrix', 'both']);
export type ChatChoice = z.infer<typeof chatChoice>;
