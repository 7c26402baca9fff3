import { AgendaSlot, Format, LocalizedList, LocalizedText, SlotKind } from '../formats/format';
import { addMinutes, assertTimeZone, formatLocalTime, instantToWallClock } from '../time/zoned-time';

export interface AgendaItem {
  id: string;
  title: LocalizedText;
  kind: SlotKind;
  startsAt: Date;
  endsAt: Date;
  /** Wall-clock times in the series' zone, as printed in announcements and calendar invites. */
  localStart: string;
  localEnd: string;
  durationMinutes: number;
  purpose?: LocalizedText;
  details?: LocalizedList;
}

/**
 * The format's template laid on a real occurrence. Offsets are elapsed minutes, so on a DST night a slot
 * crossing 02:00 keeps its length and its printed local end moves with the clocks (01:45 + 45 min = 03:30 in
 * Paris on the last Sunday of March).
 */
export function buildAgenda(format: Format, startsAt: Date, timeZone: string): AgendaItem[] {
  assertTimeZone(timeZone);
  return [...format.agenda].sort((a, b) => a.offsetMinutes - b.offsetMinutes).map((slot) => toItem(slot, startsAt, timeZone));
}

function toItem(slot: AgendaSlot, occurrenceStart: Date, timeZone: string): AgendaItem {
  const startsAt = addMinutes(occurrenceStart, slot.offsetMinutes);
  const endsAt = addMinutes(startsAt, slot.durationMinutes);
  return {
    id: slot.id,
    title: slot.title,
    kind: slot.kind,
    startsAt,
    endsAt,
    localStart: formatLocalTime(instantToWallClock(startsAt, timeZone)),
    localEnd: formatLocalTime(instantToWallClock(endsAt, timeZone)),
    durationMinutes: slot.durationMinutes,
    ...(slot.purpose ? { purpose: slot.purpose } : {}),
    ...(slot.details ? { details: slot.details } : {}),
  };
}
