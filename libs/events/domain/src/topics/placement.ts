import type { AgendaItem } from '../agenda/build-agenda';
import { InvalidPlacementError, PlacementConflictError } from '../errors';
import {
  formatLocalDate,
  formatLocalTime,
  instantToWallClock,
  LOCAL_TIME_PATTERN,
  wallClockOf,
  wallClockToInstant,
} from '../time/zoned-time';

/** The occurrence a topic is placed in: its real start and end, its zone and its agenda laid on the day. */
export interface PlacementDay {
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  agenda: AgendaItem[];
}

/** A topic's place on the day, as organisers write it on the board: a room and local wall-clock times. */
export interface Placement {
  room: string;
  localStart: string;
  localEnd: string;
}

export interface PlacedTopic extends Placement {
  id: string;
  title: string;
}

export interface ValidPlacement extends Placement {
  startsAt: Date;
  endsAt: Date;
  /** The workshop slot it sits in, when the format has workshop slots. */
  slotId: string | null;
}

/** Slots in which workshops happen: the format's open-space slots; none for a format without them. */
export function workshopSlots(day: PlacementDay): AgendaItem[] {
  return day.agenda.filter((item) => item.kind === 'open-space');
}

/** Rooms are written by hand on a board: "Salle 1" and " salle  1 " are the same room. */
export function sameRoom(a: string, b: string): boolean {
  const key = (room: string) => room.trim().replace(/\s+/g, ' ').toLocaleLowerCase('fr');
  return key(a) === key(b);
}

/** The real instants of local times on the occurrence's local day (its zone, DST included). */
export function placementInstants(
  day: PlacementDay,
  placement: Pick<Placement, 'localStart' | 'localEnd'>,
): { startsAt: Date; endsAt: Date } {
  const localDate = formatLocalDate(instantToWallClock(day.startsAt, day.timeZone));
  return {
    startsAt: wallClockToInstant(wallClockOf(localDate, placement.localStart), day.timeZone),
    endsAt: wallClockToInstant(wallClockOf(localDate, placement.localEnd), day.timeZone),
  };
}

const local = (instant: Date, timeZone: string) => formatLocalTime(instantToWallClock(instant, timeZone));

/**
 * Checks a placement against the day (inside the occurrence, inside one workshop slot when the format has
 * them) and against the other placed topics (no two in the same room at overlapping times). `others` must
 * not include the topic being placed. Errors say what is wrong in words an organiser can act on.
 */
export function validatePlacement(day: PlacementDay, placement: Placement, others: PlacedTopic[]): ValidPlacement {
  const room = placement.room.trim().replace(/\s+/g, ' ');
  if (!room) throw new InvalidPlacementError('A placed topic needs a room.');
  for (const field of ['localStart', 'localEnd'] as const) {
    if (!LOCAL_TIME_PATTERN.test(placement[field]))
      throw new InvalidPlacementError(`${field} must be a time written HH:mm (got "${placement[field]}").`);
  }
  const { startsAt, endsAt } = placementInstants(day, placement);
  const span = `${placement.localStart}–${placement.localEnd}`;
  if (endsAt <= startsAt) throw new InvalidPlacementError(`The workshop must end after it starts (${span}).`);
  if (startsAt < day.startsAt || endsAt > day.endsAt) {
    const dayDate = formatLocalDate(instantToWallClock(day.startsAt, day.timeZone));
    throw new InvalidPlacementError(
      `The workshop (${span}) is outside the occurrence, which runs ${local(day.startsAt, day.timeZone)}–${local(day.endsAt, day.timeZone)} on ${dayDate} (${day.timeZone}).`,
    );
  }
  const slots = workshopSlots(day);
  const slot = slots.find((s) => s.startsAt <= startsAt && endsAt <= s.endsAt) ?? null;
  if (slots.length && !slot) {
    const list = slots.map((s) => `${s.localStart}–${s.localEnd}`).join(', ');
    throw new InvalidPlacementError(`The workshop (${span}) must fit within one workshop slot: ${list}.`);
  }
  for (const other of others) {
    if (!sameRoom(other.room, room)) continue;
    const taken = placementInstants(day, other);
    if (taken.startsAt < endsAt && startsAt < taken.endsAt) {
      throw new PlacementConflictError(
        `Room "${room}" is already taken ${other.localStart}–${other.localEnd} by "${other.title}": choose another room or time than ${span}.`,
      );
    }
  }
  return { room, localStart: placement.localStart, localEnd: placement.localEnd, startsAt, endsAt, slotId: slot?.id ?? null };
}
