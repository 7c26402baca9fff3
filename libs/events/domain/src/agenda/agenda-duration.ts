import { DurationShorterThanAgendaError } from '../errors';
import type { Format } from '../formats/format';

/** The minutes from an occurrence's start to the end of its format's last agenda slot. */
export function agendaMinutes(format: Pick<Format, 'agenda'>): number {
  return Math.max(0, ...format.agenda.map((slot) => slot.offsetMinutes + slot.durationMinutes));
}

/**
 * Refuses an occurrence duration its format's agenda does not fit in. One rule for a reschedule, a new
 * series and a series edit, so the programme, the messages and the topic slots never run past the end.
 */
export function assertDurationFitsAgenda(format: Pick<Format, 'id' | 'agenda'>, durationMinutes: number): void {
  const minimumDurationMinutes = agendaMinutes(format);
  if (durationMinutes < minimumDurationMinutes)
    throw new DurationShorterThanAgendaError({ durationMinutes, minimumDurationMinutes, formatId: format.id });
}
