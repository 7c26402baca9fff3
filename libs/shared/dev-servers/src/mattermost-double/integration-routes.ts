import type { IncomingMessage, ServerResponse } from 'node:http';
import { readBody, sendJson } from '../http/http-io';
import type { MattermostDouble } from './mattermost-double';

/**
 * Mattermost's side of the integrations over the double's inspection port, for tests and scripts in
 * other processes: create the slash command, type it as a user, click a button, read what a user was
 * shown. True when the route was one of these (and answered).
 */
export async function answerIntegrationRoute(
  double: MattermostDouble,
  route: string,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
): Promise<boolean> {
  if (route === 'POST /_double/commands') {
    const { trigger, url: target } = JSON.parse((await readBody(req)).toString('utf8')) as { trigger: string; url: string };
    sendJson(res, 201, double.addSlashCommand(trigger, target));
    return true;
  }
  if (route === 'POST /_double/commands/execute') {
    const input = JSON.parse((await readBody(req)).toString('utf8')) as Someone & { channel_id: string; command: string };
    sendJson(
      res,
      200,
      await double.runSlashCommand({ userId: userIdOf(double, input), channelId: input.channel_id, command: input.command }),
    );
    return true;
  }
  if (route === 'POST /_double/actions') {
    const input = JSON.parse((await readBody(req)).toString('utf8')) as Someone & { post_id: string; action_id: string };
    sendJson(res, 200, await double.clickButton({ userId: userIdOf(double, input), postId: input.post_id, actionId: input.action_id }));
    return true;
  }
  if (route === 'GET /_double/ephemeral') {
    sendJson(res, 200, double.ephemeralPosts(url.searchParams.get('user_id') ?? undefined));
    return true;
  }
  return false;
}

/** Who acts: a Mattermost user id, or a username (easier by hand; the ids are in `GET /_double/state`). */
type Someone = { user_id?: string; username?: string };

function userIdOf(double: MattermostDouble, someone: Someone): string {
  if (someone.user_id) return someone.user_id;
  const wanted = someone.username?.replace(/^@/, '').toLowerCase();
  return double.users().find((u) => u.username === wanted)?.id ?? '';
}
