import { ClassifyingClient4, type Fetch } from './mattermost-client';
import { DeliveryError } from './delivery-error';

export interface ChatFile {
  name: string;
  content: Buffer | string;
  mimeType: string;
}

export interface ChatPost {
  channelId: string;
  message: string;
  /** Makes the post a reply in the thread of that root post. */
  rootId?: string;
  file?: ChatFile;
  /**
   * The same key for the same message: a provider whose API deduplicates (Matrix transaction ids) sends
   * it once however often it is retried. Mattermost has no such thing and ignores it.
   */
  idempotencyKey?: string;
  /** Post props, e.g. `attachments` with interactive buttons (Mattermost message actions). */
  props?: Record<string, unknown>;
}

export interface DirectMessage {
  /** Mattermost username or Matrix user id (@name:server). */
  username: string;
  message: string;
  idempotencyKey?: string;
}

export interface ChatSender {
  post(p: ChatPost): Promise<{ postId: string }>;
  directMessage(p: DirectMessage): Promise<{ postId: string; channelId: string }>;
  /** Replaces the text of a post this sender made (a post kept up to date in place, such as a series' index). */
  editPost(p: { channelId: string; postId: string; message: string }): Promise<void>;
  /**
   * The username of the chat account with this email address, or null when there is none: how people
   * known by their address only (organisers) are found. Absent where a chat cannot look accounts up so.
   */
  usernameByEmail?(email: string): Promise<string | null>;
  /** The channels the bot is a member of, for an organiser to pick one (a provider without teams leaves it out). */
  joinedChannels?(): Promise<JoinedChannel[]>;
}

/** A channel the bot belongs to, named as people see it in the chat. */
export interface JoinedChannel {
  id: string;
  name: string;
  displayName: string;
  /** O public, P private. */
  type: 'O' | 'P';
  teamName: string;
  teamDisplayName: string;
}

export interface MattermostChatSenderOptions {
  /** Server base URL, e.g. https://mattermost.example.org (no /api/v4). */
  url: string;
  /** Bot access token. Kept inside the client; never logged nor put in an error. */
  token: string;
  /** Replaces the global fetch (a proxy-aware one, for instance). */
  fetch?: Fetch;
}

/** Posts as one bot on one Mattermost server; errors are DeliveryErrors (see mattermost-client.ts). */
export class MattermostChatSender implements ChatSender {
  private readonly client: ClassifyingClient4;
  private botUserId?: Promise<string>;

  constructor(options: MattermostChatSenderOptions) {
    this.client = new ClassifyingClient4(options.fetch);
    this.client.setUrl(options.url.replace(/\/+$/, ''));
    this.client.setToken(options.token);
  }

  async post(p: ChatPost): Promise<{ postId: string }> {
    const fileIds = p.file ? [await this.upload(p.channelId, p.file)] : undefined;
    const created = await this.client.createPost({
      channel_id: p.channelId,
      message: p.message,
      root_id: p.rootId ?? '',
      ...(fileIds ? { file_ids: fileIds } : {}),
      ...(p.props ? { props: p.props } : {}),
    });
    return { postId: created.id };
  }

  async directMessage(p: DirectMessage): Promise<{ postId: string; channelId: string }> {
    const [botId, user] = await Promise.all([this.botId(), this.client.getUserByUsername(p.username)]);
    // Creating the direct channel is idempotent in Mattermost: it returns the existing one.
    const channel = await this.client.createDirectChannel([botId, user.id]);
    const { postId } = await this.post({ channelId: channel.id, message: p.message });
    return { postId, channelId: channel.id };
  }

  async editPost(p: { channelId: string; postId: string; message: string }): Promise<void> {
    await this.client.patchPost({ id: p.postId, message: p.message });
  }

  /** GET /users/email/{email}: 404 when no account has it. */
  async usernameByEmail(email: string): Promise<string | null> {
    try {
      return (await this.client.getUserByEmail(email)).username;
    } catch (error) {
      if (error instanceof DeliveryError && error.statusCode === 404) return null;
      throw error;
    }
  }

  async joinedChannels(): Promise<JoinedChannel[]> {
    const teams = await this.client.getMyTeams();
    const perTeam = await Promise.all(
      teams.map(async (team) =>
        (await this.client.getMyChannels(team.id))
          // Direct and group messages come in the same list; only a team's channels can be a community's.
          .filter((c) => c.type === 'O' || c.type === 'P')
          .map((c) => ({
            id: c.id,
            name: c.name,
            displayName: c.display_name || c.name,
            type: c.type as 'O' | 'P',
            teamName: team.name,
            teamDisplayName: team.display_name || team.name,
          })),
      ),
    );
    return perTeam.flat();
  }

  private async upload(channelId: string, file: ChatFile): Promise<string> {
    const form = new FormData();
    form.append('channel_id', channelId);
    const bytes = typeof file.content === 'string' ? Buffer.from(file.content, 'utf8') : file.content;
    form.append('files', new Blob([new Uint8Array(bytes)], { type: file.mimeType }), file.name);
    const uploaded = await this.client.uploadFile(form);
    const info = uploaded.file_infos[0];
    if (!info) throw new Error(`Mattermost accepted the upload of ${file.name} but returned no file`);
    return info.id;
  }

  // The bot's own id is needed for direct channels; asked once, forgotten if the call failed.
  private botId(): Promise<string> {
    if (!this.botUserId) {
      this.botUserId = this.client.getMe().then((me) => me.id);
      this.botUserId.catch(() => (this.botUserId = undefined));
    }
    return this.botUserId;
  }
}
