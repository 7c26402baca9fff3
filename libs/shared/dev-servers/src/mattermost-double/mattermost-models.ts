// Shapes follow the fields Mattermost's API returns (snake_case, times in epoch ms), trimmed to what
// Cercle and Client4 read; see @mattermost/types for the full models.
export interface DoubleUser {
  id: string;
  username: string;
  email: string;
  first_name: string;
  last_name: string;
  nickname: string;
  roles: string;
  locale: string;
  is_bot: boolean;
  create_at: number;
  update_at: number;
  delete_at: number;
}

export interface DoubleTeam {
  id: string;
  /** The URL name (`cercle` in https://chat.example.org/cercle). */
  name: string;
  display_name: string;
  /** O open, I invite only. */
  type: 'O' | 'I';
  description: string;
  email: string;
  allow_open_invite: boolean;
  create_at: number;
  update_at: number;
  delete_at: number;
}

export interface DoubleChannel {
  id: string;
  name: string;
  display_name: string;
  /** O public, P private, D direct message. */
  type: 'O' | 'P' | 'D';
  team_id: string;
  header: string;
  purpose: string;
  creator_id: string;
  create_at: number;
  update_at: number;
  delete_at: number;
  last_post_at: number;
  total_msg_count: number;
}

export interface DoubleFileInfo {
  id: string;
  name: string;
  size: number;
  mime_type: string;
  extension: string;
  user_id: string;
  channel_id: string;
  post_id: string;
  create_at: number;
}

export interface DoublePost {
  id: string;
  create_at: number;
  update_at: number;
  edit_at: number;
  delete_at: number;
  is_pinned: boolean;
  user_id: string;
  channel_id: string;
  root_id: string;
  original_id: string;
  message: string;
  type: string;
  props: Record<string, unknown>;
  hashtags: string;
  pending_post_id: string;
  reply_count: number;
  file_ids: string[];
  metadata: Record<string, unknown>;
}

export interface StoredFile {
  info: DoubleFileInfo;
  content: Buffer;
}

export interface NewUser {
  username: string;
  email?: string;
  id?: string;
  isBot?: boolean;
}

export interface NewChannel {
  name: string;
  displayName?: string;
  id?: string;
  type?: 'O' | 'P';
  memberIds?: string[];
}

export interface PostFilter {
  channelId?: string;
  rootId?: string;
  userId?: string;
}

export interface NewPost {
  channel_id: string;
  message: string;
  root_id?: string;
  props?: Record<string, unknown>;
  file_ids?: string[];
}

/** A custom slash command as an admin creates it (Integrations > Slash Commands), with the token Mattermost gives. */
export interface SlashCommand {
  trigger: string;
  url: string;
  token: string;
  team_id: string;
}

export interface EphemeralPost {
  /** The one user who sees it. */
  forUserId: string;
  post: DoublePost;
}
