import type { ChangeAudienceData } from './occurrence-data';

/** How many a move or a cancellation reaches, by channel. */
export interface AudienceCount {
  /** Distinct people told personally: the registrants events names and the calendar holders. */
  people: number;
  registrants: number;
  /** Null when notifications could not say who holds the occurrence (the people count is then a minimum). */
  holders: number | null;
  /** Posts in the community's chat channel. */
  channelPosts: number;
}

export function countAudience(audience: ChangeAudienceData): AudienceCount {
  const holders = audience.calendarHolders ? audience.holderIds : [];
  return {
    people: new Set([...audience.memberIds, ...(holders ?? [])]).size,
    registrants: audience.memberIds.length,
    holders: holders === null ? null : holders.length,
    channelPosts: audience.channel ? 1 : 0,
  };
}
