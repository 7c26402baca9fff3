import type { Lang } from '../shell/page-context';

/** A channel as notifications' `GET /notifications/communities/:id/chat-channels` lists it. */
export interface JoinedChannel {
  id: string;
  name: string;
  displayName: string;
  type: 'O' | 'P';
  teamName: string;
  teamDisplayName: string;
}

/** What the page can offer: the bot's channels, or why there are none to pick from. */
export type ChannelList =
  | { state: 'listed'; channels: JoinedChannel[] }
  /** `pending`: notifications has not heard of the community yet (it learns of it by message, a moment after its creation). */
  | { state: 'empty' | 'unavailable' | 'not-configured' | 'pending'; channels: [] };

const PRIVATE = { fr: 'privé', en: 'private' };

/** The select's options, "team / channel" as people see them in Mattermost; a private channel says so. */
export function channelOptions(channels: JoinedChannel[], lang: Lang): Array<{ value: string; label: string }> {
  return channels.map((c) => ({
    value: c.id,
    label: `${c.teamDisplayName} / ${c.displayName}${c.type === 'P' ? ` (${PRIVATE[lang]})` : ''}`,
  }));
}

/**
 * The channel the form asks for: picked in the list, or pasted (the fallback for a channel the list lacks);
 * both empty means no channel. Two different channels at once is `both`: the organiser must choose.
 * `field` is where an error about it belongs.
 */
export function chosenChannel(body: Record<string, string | undefined>): {
  value: string;
  field: 'mattermostChannelId' | 'mattermostChannelPick';
  both: boolean;
} {
  const pasted = (body.mattermostChannelId ?? '').trim();
  const picked = (body.mattermostChannelPick ?? '').trim();
  if (pasted) return { value: pasted, field: 'mattermostChannelId', both: Boolean(picked) && picked !== pasted };
  return { value: picked, field: 'mattermostChannelPick', both: false };
}

/** Where the current channel shows: selected in the list when the bot's channels include it, else in the paste field. */
export function currentChannelFields(current: string | null, list: ChannelList): { pick: string; pasted: string } {
  if (!current) return { pick: '', pasted: '' };
  return list.channels.some((c) => c.id === current) ? { pick: current, pasted: '' } : { pick: '', pasted: current };
}
