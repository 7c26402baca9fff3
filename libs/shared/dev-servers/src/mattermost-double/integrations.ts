import { apiErrors, MattermostApiError, newMattermostId } from './mattermost-ids';
import type { DoublePost, SlashCommand } from './mattermost-models';
import type { MattermostStore } from './mattermost-store';

/**
 * Mattermost's side of the integrations Cercle serves: running a custom slash command as a user, and
 * clicking a button of a post (message actions). The double calls the integration's URL exactly as the
 * server does (a form post for the command, a JSON post for a click, the same fields and headers) and
 * applies the answer the same way: an ephemeral post for the user, a post in the channel, a post edited.
 */

// Cercle promises an answer within 3 s; the double gives up then, as a server whose outgoing integration
// timeout is 3 s would, so a slow answer shows up as the failure a person would see.
export const INTEGRATION_TIMEOUT_MS = 3000;

export interface IntegrationOutcome {
  /** What Mattermost's own API answers the client that ran the command or clicked: 200, or its error. */
  status: number;
  /** What the integration answered (parsed JSON), when it answered. */
  response?: unknown;
  /** The ephemeral post the user was shown, if any. */
  ephemeral?: DoublePost;
  /** The post created in the channel (`in_channel`) or edited (`update`), if any. */
  post?: DoublePost;
}

export function addSlashCommand(store: MattermostStore, trigger: string, url: string): SlashCommand {
  const command: SlashCommand = { trigger: trigger.replace(/^\//, '').toLowerCase(), url, token: newMattermostId(), team_id: store.teamId };
  store.commands.set(command.trigger, command);
  return command;
}

/** `/cercle oui` typed by `userId` in `channelId`. */
export async function runSlashCommand(
  store: MattermostStore,
  input: { userId: string; channelId: string; command: string },
  siteUrl: string,
): Promise<IntegrationOutcome> {
  const user = store.users.get(input.userId);
  const channel = store.channels.get(input.channelId);
  if (!user) throw apiErrors.userNotFound();
  if (!channel) throw apiErrors.channelNotFound(input.channelId);
  if (!store.isMember(channel.id, user.id)) throw apiErrors.forbidden();
  const [word, ...rest] = input.command.trim().split(/\s+/);
  const trigger = word.replace(/^\//, '').toLowerCase();
  const command = store.commands.get(trigger);
  if (!command) {
    throw new MattermostApiError(404, 'api.command.execute_command.not_found.app_error', `Command with a trigger of '${word}' not found.`);
  }
  const form = new URLSearchParams({
    channel_id: channel.id,
    channel_name: channel.name,
    command: `/${trigger}`,
    response_url: `${siteUrl}/hooks/commands/${newMattermostId()}`,
    team_domain: 'cercle',
    team_id: command.team_id,
    text: rest.join(' '),
    token: command.token,
    trigger_id: newMattermostId(),
    user_id: user.id,
    user_name: user.username,
  });
  const answer = await callIntegration(command.url, form.toString(), {
    authorization: `Token ${command.token}`,
    'content-type': 'application/x-www-form-urlencoded',
  });
  if (!answer.ok) {
    throw new MattermostApiError(
      500,
      'api.command.execute_command.failed_resp.app_error',
      `Command with a trigger of '/${trigger}' failed.`,
      answer.detail,
    );
  }
  const body = (answer.json ?? {}) as { response_type?: string; text?: string; attachments?: unknown[]; props?: Record<string, unknown> };
  const props = { ...(body.props ?? {}), ...(body.attachments ? { attachments: body.attachments } : {}) };
  if (!body.text && !body.attachments) return { status: 200, response: body };
  if (body.response_type === 'in_channel') {
    return { status: 200, response: body, post: store.createPost(user.id, { channel_id: channel.id, message: body.text ?? '', props }) };
  }
  return { status: 200, response: body, ephemeral: addEphemeral(store, user.id, channel.id, body.text ?? '', props) };
}

/** `userId` clicks the button `actionId` of a post they can see (a channel post, or an ephemeral post of theirs). */
export async function clickButton(
  store: MattermostStore,
  input: { userId: string; postId: string; actionId: string },
): Promise<IntegrationOutcome> {
  const user = store.users.get(input.userId);
  if (!user) throw apiErrors.userNotFound();
  const ephemeral = store.ephemeral.find((e) => e.post.id === input.postId && e.forUserId === user.id);
  const post = ephemeral?.post ?? store.posts.find((p) => p.id === input.postId);
  if (!post) throw apiErrors.postNotFound();
  const channel = store.channels.get(post.channel_id);
  if (!channel) throw apiErrors.channelNotFound(post.channel_id);
  if (!ephemeral && channel.type !== 'O' && !store.isMember(channel.id, user.id)) throw apiErrors.forbidden();
  const action = actionsOf(post).find((a) => a.id === input.actionId);
  if (!action?.integration?.url) {
    throw new MattermostApiError(
      404,
      'api.post.do_action.action_id.app_error',
      'Unable to find the action.',
      `action_id=${input.actionId}`,
    );
  }
  const body = {
    user_id: user.id,
    user_name: user.username,
    channel_id: channel.id,
    channel_name: channel.name,
    team_id: channel.team_id || store.teamId,
    team_domain: 'cercle',
    post_id: post.id,
    trigger_id: newMattermostId(),
    type: 'button',
    data_source: '',
    context: action.integration.context ?? {},
  };
  const answer = await callIntegration(action.integration.url, JSON.stringify(body), { 'content-type': 'application/json' });
  if (!answer.ok) {
    throw new MattermostApiError(400, 'api.post.do_action.action_integration.app_error', 'Action integration error.', answer.detail);
  }
  const response = (answer.json ?? {}) as { update?: { message?: string; props?: Record<string, unknown> }; ephemeral_text?: string };
  const outcome: IntegrationOutcome = { status: 200, response };
  if (response.update) {
    // The update replaces the post's message and props, as the server's UpdatePost does for integrations.
    const time = store.now();
    Object.assign(post, { message: response.update.message ?? '', props: response.update.props ?? {}, update_at: time, edit_at: time });
    outcome.post = post;
  }
  if (response.ephemeral_text) outcome.ephemeral = addEphemeral(store, user.id, channel.id, response.ephemeral_text, {});
  return outcome;
}

interface PostAction {
  id?: string;
  integration?: { url?: string; context?: unknown };
}

function actionsOf(post: DoublePost): PostAction[] {
  const attachments = Array.isArray(post.props.attachments) ? (post.props.attachments as Array<{ actions?: PostAction[] }>) : [];
  return attachments.flatMap((a) => (Array.isArray(a.actions) ? a.actions : []));
}

function addEphemeral(
  store: MattermostStore,
  userId: string,
  channelId: string,
  message: string,
  props: Record<string, unknown>,
): DoublePost {
  const time = store.now();
  const post: DoublePost = {
    id: newMattermostId(),
    create_at: time,
    update_at: time,
    edit_at: 0,
    delete_at: 0,
    is_pinned: false,
    user_id: userId,
    channel_id: channelId,
    root_id: '',
    original_id: '',
    message,
    type: 'system_ephemeral',
    props,
    hashtags: '',
    pending_post_id: '',
    reply_count: 0,
    file_ids: [],
    metadata: {},
  };
  store.ephemeral.push({ forUserId: userId, post });
  return post;
}

async function callIntegration(
  url: string,
  body: string,
  headers: Record<string, string>,
): Promise<{ ok: true; json: unknown } | { ok: false; detail: string }> {
  try {
    const response = await fetch(url, {
      method: 'POST',
      body,
      headers: { accept: 'application/json', 'user-agent': 'Mattermost-Bot/1.1', ...headers },
      signal: AbortSignal.timeout(INTEGRATION_TIMEOUT_MS),
    });
    const text = await response.text();
    if (response.status !== 200) return { ok: false, detail: `status=${response.status} body=${text.slice(0, 300)}` };
    try {
      return { ok: true, json: text ? JSON.parse(text) : {} };
    } catch {
      return { ok: false, detail: 'the integration did not answer JSON' };
    }
  } catch (error) {
    return { ok: false, detail: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
  }
}
