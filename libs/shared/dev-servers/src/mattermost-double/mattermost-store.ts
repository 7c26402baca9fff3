import { apiErrors, newMattermostId } from './mattermost-ids';
import type {
  DoubleChannel,
  DoubleFileInfo,
  DoublePost,
  DoubleUser,
  NewChannel,
  NewPost,
  NewUser,
  PostFilter,
  EphemeralPost,
  SlashCommand,
  StoredFile,
} from './mattermost-models';

/** The double's whole world in memory: what a test seeds and what the HTTP routes read and change. */
export class MattermostStore {
  readonly users = new Map<string, DoubleUser>();
  readonly channels = new Map<string, DoubleChannel>();
  readonly members = new Map<string, Set<string>>();
  readonly tokens = new Map<string, string>();
  readonly posts: DoublePost[] = [];
  readonly files = new Map<string, StoredFile>();
  /** Custom slash commands by trigger word (without the slash). */
  readonly commands = new Map<string, SlashCommand>();
  /** Ephemeral posts: shown to one user only, never stored by a real server (kept here for tests to read). */
  readonly ephemeral: EphemeralPost[] = [];
  // Not readonly: a restored snapshot brings back the team of an earlier run (see mattermost-snapshot.ts).
  teamId = newMattermostId();
  readonly teamName = 'cercle';
  readonly teamDisplayName = 'Cercle';
  // Strictly increasing timestamps: posts created in the same millisecond must still sort in order.
  private lastTime = 0;

  now(): number {
    this.lastTime = Math.max(Date.now(), this.lastTime + 1);
    return this.lastTime;
  }

  clear(): void {
    this.users.clear();
    this.channels.clear();
    this.members.clear();
    this.tokens.clear();
    this.posts.length = 0;
    this.files.clear();
    this.commands.clear();
    this.ephemeral.length = 0;
  }

  addUser({ username, email, id, isBot = false }: NewUser): DoubleUser {
    const time = this.now();
    const user: DoubleUser = {
      id: id ?? newMattermostId(),
      username: username.toLowerCase(),
      email: (email ?? `${username}@cercle.test`).toLowerCase(),
      first_name: '',
      last_name: '',
      nickname: '',
      roles: isBot ? 'system_user system_post_all' : 'system_user',
      locale: 'fr',
      is_bot: isBot,
      create_at: time,
      update_at: time,
      delete_at: 0,
    };
    this.users.set(user.id, user);
    return user;
  }

  addChannel({ name, displayName, id, type = 'O', memberIds = [] }: NewChannel): DoubleChannel {
    return this.putChannel({ id: id ?? newMattermostId(), name, display_name: displayName ?? name, type, team_id: this.teamId }, memberIds);
  }

  addToken(token: string, userId: string): void {
    if (!this.users.has(userId)) throw new Error(`addToken: no user ${userId}; add the user first`);
    this.tokens.set(token, userId);
  }

  addMember(channelId: string, userId: string): void {
    this.members.get(channelId)?.add(userId);
  }

  isMember(channelId: string, userId: string): boolean {
    return this.members.get(channelId)?.has(userId) ?? false;
  }

  userByToken(token: string): DoubleUser | undefined {
    const userId = this.tokens.get(token);
    return userId ? this.users.get(userId) : undefined;
  }

  findUser(predicate: (user: DoubleUser) => boolean): DoubleUser | undefined {
    return [...this.users.values()].find(predicate);
  }

  /** Mattermost names a DM channel after both user ids, sorted, so asking twice returns the same channel. */
  directChannel(userA: string, userB: string, creatorId: string): DoubleChannel {
    const name = [userA, userB].sort().join('__');
    const existing = [...this.channels.values()].find((c) => c.type === 'D' && c.name === name);
    if (existing) return existing;
    return this.putChannel({ id: newMattermostId(), name, display_name: '', type: 'D', team_id: '', creator_id: creatorId }, [
      userA,
      userB,
    ]);
  }

  /** Changes what the patch gives, and marks the post edited as the real server does (edit_at, update_at). */
  patchPost(post: DoublePost, patch: Partial<Pick<DoublePost, 'message' | 'is_pinned' | 'file_ids' | 'props'>>): DoublePost {
    const time = this.now();
    Object.assign(post, Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)), { edit_at: time, update_at: time });
    return post;
  }

  createPost(userId: string, input: NewPost): DoublePost {
    const channel = this.channels.get(input.channel_id);
    if (!channel) throw apiErrors.channelNotFound(input.channel_id);
    if (!this.isMember(channel.id, userId)) throw apiErrors.forbidden();
    if (input.root_id) {
      const root = this.posts.find((p) => p.id === input.root_id);
      // A reply's root must be a root post of the same channel, as the real server checks.
      if (!root || root.channel_id !== channel.id || root.root_id !== '') throw apiErrors.invalidRootId();
    }
    const time = this.now();
    const fileIds = (input.file_ids ?? []).filter((id) => this.files.has(id));
    const post: DoublePost = {
      id: newMattermostId(),
      create_at: time,
      update_at: time,
      edit_at: 0,
      delete_at: 0,
      is_pinned: false,
      user_id: userId,
      channel_id: channel.id,
      root_id: input.root_id ?? '',
      original_id: '',
      message: input.message,
      type: '',
      props: input.props ?? {},
      hashtags: '',
      pending_post_id: '',
      reply_count: 0,
      file_ids: fileIds,
      metadata: fileIds.length ? { files: fileIds.map((id) => this.attachFile(id, '')) } : {},
    };
    for (const id of fileIds) this.attachFile(id, post.id);
    this.posts.push(post);
    channel.last_post_at = time;
    channel.total_msg_count += 1;
    if (post.root_id) {
      for (const p of this.posts) if (p.id === post.root_id || p.root_id === post.root_id) p.reply_count += 1;
      post.reply_count = this.posts.filter((p) => p.root_id === post.root_id).length;
    }
    return post;
  }

  addFile(userId: string, channelId: string, name: string, mimeType: string, content: Buffer): DoubleFileInfo {
    const dot = name.lastIndexOf('.');
    const info: DoubleFileInfo = {
      id: newMattermostId(),
      name,
      size: content.length,
      mime_type: mimeType,
      extension: dot >= 0 ? name.slice(dot + 1).toLowerCase() : '',
      user_id: userId,
      channel_id: channelId,
      post_id: '',
      create_at: this.now(),
    };
    this.files.set(info.id, { info, content });
    return info;
  }

  filterPosts(filter: PostFilter = {}): DoublePost[] {
    return this.posts.filter(
      (p) =>
        (!filter.channelId || p.channel_id === filter.channelId) &&
        (!filter.userId || p.user_id === filter.userId) &&
        (!filter.rootId || p.id === filter.rootId || p.root_id === filter.rootId),
    );
  }

  private attachFile(id: string, postId: string): DoubleFileInfo {
    const stored = this.files.get(id) as StoredFile;
    if (postId) stored.info.post_id = postId;
    return stored.info;
  }

  private putChannel(
    fields: Pick<DoubleChannel, 'id' | 'name' | 'display_name' | 'type' | 'team_id'> & Partial<DoubleChannel>,
    memberIds: string[],
  ): DoubleChannel {
    const time = this.now();
    const channel: DoubleChannel = {
      header: '',
      purpose: '',
      creator_id: '',
      create_at: time,
      update_at: time,
      delete_at: 0,
      last_post_at: 0,
      total_msg_count: 0,
      ...fields,
    };
    this.channels.set(channel.id, channel);
    this.members.set(channel.id, new Set(memberIds));
    return channel;
  }
}
