import type { AgendaItem } from '../agenda/build-agenda';
import { placementInstants, PlacementDay, workshopSlots } from './placement';

/** What ranking and the programme need of a topic; the caller's own fields travel along untouched. */
export interface RankableTopic {
  id: string;
  votes: number;
  proposedAt: Date;
  selected: boolean;
  room: string | null;
  localStart: string | null;
  localEnd: string | null;
}

/** Most votes first; among equals, the earliest proposal (first on the board), then the id for a stable order. */
export function rankTopics<T extends RankableTopic>(topics: T[]): T[] {
  return [...topics].sort((a, b) => b.votes - a.votes || a.proposedAt.getTime() - b.proposedAt.getTime() || a.id.localeCompare(b.id));
}

export interface ProgrammeSlot<T> {
  slotId: string;
  title: AgendaItem['title'];
  localStart: string;
  localEnd: string;
  rooms: Array<{ room: string; topics: T[] }>;
}

export interface Programme<T> {
  slots: Array<ProgrammeSlot<T>>;
  /** Selected topics without a room and time yet (or, in a format without workshop slots, between slots). */
  unplaced: T[];
}

/**
 * Selected topics by slot and room. The slots are the format's workshop slots, or every agenda item for a
 * format without them; a topic belongs to the slot in which it starts. Rooms and topics are in time order.
 */
export function buildProgramme<T extends RankableTopic>(day: PlacementDay, topics: T[]): Programme<T> {
  const slots = workshopSlots(day).length ? workshopSlots(day) : day.agenda;
  const selected = rankTopics(topics.filter((topic) => topic.selected));
  const timed = selected
    .filter((topic) => topic.room && topic.localStart && topic.localEnd)
    .map((topic) => ({ topic, startsAt: placementInstants(day, { localStart: topic.localStart!, localEnd: topic.localEnd! }).startsAt }))
    .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  const placed = new Set<T>();
  const programme = slots.map((slot) => {
    const rooms = new Map<string, T[]>();
    for (const { topic, startsAt } of timed) {
      if (startsAt < slot.startsAt || startsAt >= slot.endsAt) continue;
      rooms.set(topic.room!, [...(rooms.get(topic.room!) ?? []), topic]);
      placed.add(topic);
    }
    return {
      slotId: slot.id,
      title: slot.title,
      localStart: slot.localStart,
      localEnd: slot.localEnd,
      rooms: [...rooms.entries()]
        .sort(([a], [b]) => a.localeCompare(b, 'fr', { numeric: true }))
        .map(([room, list]) => ({ room, topics: list })),
    };
  });
  return { slots: programme, unplaced: selected.filter((topic) => !placed.has(topic)) };
}
