import { reachesTheUnsubscribed, type PayloadOf } from '@cercle/contracts';
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
  channels: ChannelChoice | null;
  unsubscribed_all: boolean | null;
  unsubscribed_series: string[] | null;
}

/**
 * How one person is told (email, direct message, both or neither). The request says which personal
 * channels the message is meant for; the person's choice decides which of them reach them:
 * `email` moves a direct message to email, `mattermost` moves an email to a direct message (when they
 * have a Mattermost account; calendar invites travel by email only), `both` (the default) keeps the
 * request's channels.
 */
export function personalChannels(request: Request, r: RecipientWithPreferences): { email: boolean; dm: boolean } {
  const none = { email: false, dm: false };
  if (!isTransactional(request) && (r.unsubscribed_all || r.unsubscribed_series?.includes(request.occurrence.seriesId))) return none;
  const personal = request.emails || request.directMessages;
  if (!personal) return none;
  const hasChat = Boolean(r.mattermost_username);
  switch (r.channels ?? 'both') {
    case 'email':
      return { email: true, dm: false };
    case 'mattermost':
      return hasChat ? { email: false, dm: true } : { email: request.emails, dm: false };
    case 'both':
      return { email: request.emails, dm: request.directMessages && hasChat };
  }
}
