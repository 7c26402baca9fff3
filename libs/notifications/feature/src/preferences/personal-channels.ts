import { reachesTheUnsubscribed, type ChatChoice, type PayloadOf } from '@cercle/contracts';
import type { ChannelChoice } from '../entities/member-preference.entity';

type Request = PayloadOf<'notification.requested'>;

/**
 * Whether a person gets this message even after unsubscribing: the audience table says which kinds
 * nothing silences (the answer to something they just did, a role given or taken, a change to an entry
 * already in their calendar: a stale calendar entry costs more than one email), and only when sent to
 * them by name or as a holder of the invite. Sent to a whole community, they honour unsubscribing like any other.
 */
export function isTransactional(request: Request): boolean {
  return request.audience.type !== 'community' && reachesTheUnsubscribed(request.kind);
}

export interface RecipientWithPreferences {
  mattermost_username: string | null;
  matrix_user_id?: string | null;
  /** The chat their community chose; null or absent: Mattermost. */
  chat?: ChatChoice | null;
  channels: ChannelChoice | null;
  unsubscribed_all: boolean | null;
  unsubscribed_series: string[] | null;
}

/**
 * How one person is told (email, direct message, both or neither). The request says which personal
 * channels the message is meant for; the person's choice decides which of them reach them:
 * `email` moves a direct message to email, `mattermost` (the chat, whichever their community uses)
 * moves an email to a direct message (when they have an account there; calendar invites travel by
 * email only), `both` (the default) keeps the request's channels. `chatAccounts` says where a direct
 * message goes.
 */
export function personalChannels(request: Request, r: RecipientWithPreferences): { email: boolean; dm: boolean } {
  const none = { email: false, dm: false };
  if (!isTransactional(request) && (r.unsubscribed_all || r.unsubscribed_series?.includes(request.occurrence.seriesId))) return none;
  const personal = request.emails || request.directMessages;
  if (!personal) return none;
  const hasChat = chatAccounts(r).length > 0;
  switch (r.channels ?? 'both') {
    case 'email':
      return { email: true, dm: false };
    case 'mattermost':
      return hasChat ? { email: false, dm: true } : { email: request.emails, dm: false };
    case 'both':
      return { email: request.emails, dm: request.directMessages && hasChat };
  }
}

export interface ChatAccount {
  channel: 'mattermost-dm' | 'matrix-dm';
  /** Mattermost username or Matrix user id. */
  address: string;
}

/** The chat accounts a direct message goes to: those the person has, in the chats their community uses. */
export function chatAccounts(r: RecipientWithPreferences): ChatAccount[] {
  const chat = r.chat ?? 'mattermost';
  const accounts: ChatAccount[] = [];
  if (chat !== 'matrix' && r.mattermost_username) accounts.push({ channel: 'mattermost-dm', address: r.mattermost_username });
  if (chat !== 'mattermost' && r.matrix_user_id) accounts.push({ channel: 'matrix-dm', address: r.matrix_user_id });
  return accounts;
}
