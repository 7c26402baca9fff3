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
    const input = JSON.parse((await readBody(req)).toString('utf8')) as { user_id: string; channel_id: string; command: string };
    sendJson(res, 200, await double.runSlashCommand({ userId: input.user_id, channelId: input.channel_id, command: input.command }));
    return true;
  }
  if (route === 'POST /_double/actions') {
    const input = JSON.parse((await readBody(req)).toString('utf8')) as { user_id: string; post_id: string; action_id: string };
    sendJson(res, 200, await double.clickButton({ userId: input.user_id, postId: input.post_id, actionId: input.action_id }));
    return true;
  }
  if (route === 'GET /_double/ephemeral') {
    sendJson(res, 200, double.ephemeralPosts(url.searchParams.get('user_id') ?? undefined));
    return true;
  }
  return false;
}
