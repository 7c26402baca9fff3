import type { Route, RouteContext, RouteResult } from './api-routes';
import { apiErrors } from './mattermost-ids';
import type { DoubleTeam } from './mattermost-models';
import type { MattermostStore } from './mattermost-store';

const ID = '([a-z0-9]{26})';
// `me` or a user id, as the server's {user_id} path parameter accepts.
const USER = '(me|[a-z0-9]{26})';

/**
 * The calls that list where the bot belongs (Client4's getMyTeams and getMyChannels). The double has
 * one team and every user is in it; a channel list holds the team's channels the user is a member of,
 * and the user's direct messages (team_id ''), as the real server answers.
 */
export const teamRoutes: Route[] = [
  {
    method: 'GET',
    path: new RegExp(`^/users/${USER}/teams$`),
    handle: (ctx) => {
      ownUser(ctx);
      return ok([teamOf(ctx.store)]);
    },
  },
  {
    method: 'GET',
    path: new RegExp(`^/users/${USER}/teams/${ID}/channels$`),
    handle: (ctx) => {
      const userId = ownUser(ctx);
      if (ctx.params[1] !== ctx.store.teamId) throw apiErrors.teamNotFound(ctx.params[1]);
      const includeDeleted = ctx.query.get('include_deleted') === 'true';
      const channels = [...ctx.store.channels.values()].filter(
        (c) =>
          (c.team_id === ctx.store.teamId || c.type === 'D') && ctx.store.isMember(c.id, userId) && (includeDeleted || c.delete_at === 0),
      );
      return ok(channels);
    },
  },
];

const ok = (body: unknown): RouteResult => ({ status: 200, body });

// Reading another user's teams or channels takes a system admin's permission, which no Cercle bot has.
function ownUser({ user, params }: RouteContext): string {
  if (params[0] !== 'me' && params[0] !== user.id) throw apiErrors.forbidden();
  return user.id;
}

function teamOf(store: MattermostStore): DoubleTeam {
  return {
    id: store.teamId,
    name: store.teamName,
    display_name: store.teamDisplayName,
    type: 'O',
    description: '',
    email: '',
    allow_open_invite: false,
    create_at: 0,
    update_at: 0,
    delete_at: 0,
  };
}
