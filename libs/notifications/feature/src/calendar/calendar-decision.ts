import { calendarMethodOf, type PayloadOf } from '@cercle/contracts';

type Request = PayloadOf<'notification.requested'>;
export type CalendarMethod = 'REQUEST' | 'CANCEL';

/** What one person's calendar holds of one occurrence, as Cercle last sent it to them. */
export interface HolderState {
  status: 'holding' | 'cancelled';
  /** The SEQUENCE of the last calendar object sent to them. */
  sequence: number;
  /** The occurrence's calendar revision that object showed. */
  occurrenceSequence: number;
}

/** The newest version of the occurrence notifications knows of (from events' messages). */
export interface KnownOccurrence {
  sequence: number;
  cancelled: boolean;
}

export interface CalendarDecision {
  method: CalendarMethod;
  sequence: number;
  next: HolderState;
}

/**
 * Which calendar object a message carries for someone who does or does not hold the occurrence: the
 * audience table's method for the kind and their answer, except that an update (a move) only goes to
 * those who hold the entry — the waiting list, told of the move, holds none.
 */
export function wantedMethod(request: Request, holds: boolean): CalendarMethod | null {
  const method = calendarMethodOf(request.kind, request.registration);
  if (method === 'REQUEST' && request.kind === 'reschedule' && !holds) return null;
  return method;
}

/**
 * The calendar object one person's email carries, and what their calendar holds after it. Clients apply
 * a REQUEST or a CANCEL only when its SEQUENCE is at least the one they have (RFC 5546 §2.1.5), so every
 * change for a person (a move, a cancel, taking the entry back after a "no") goes above the last SEQUENCE
 * they got, and nobody who does not hold the entry gets a CANCEL. A request showing an older version of
 * the occurrence than one already known never goes into a calendar.
 */
export function decideCalendar(request: Request, kept: HolderState | null, known: KnownOccurrence | null): CalendarDecision | null {
  const s = request.occurrence.calendarSequence;
  const holds = kept?.status === 'holding';
  const method = wantedMethod(request, holds);
  if (!method) return null;
  if (method === 'CANCEL') {
    if (!kept || !holds) return null;
    const sequence = Math.max(s, kept.sequence + 1);
    return { method, sequence, next: { status: 'cancelled', sequence, occurrenceSequence: Math.max(s, kept.occurrenceSequence) } };
  }
  if (known && (s < known.sequence || known.cancelled)) return null;
  if (!kept) return { method, sequence: s, next: { status: 'holding', sequence: s, occurrenceSequence: s } };
  if (s < kept.occurrenceSequence) return null;
  // The same version again (a "maybe" after the announcement): the same SEQUENCE, nothing changes.
  if (holds && s === kept.occurrenceSequence) return { method, sequence: kept.sequence, next: kept };
  const sequence = Math.max(s, kept.sequence + 1);
  return { method, sequence, next: { status: 'holding', sequence, occurrenceSequence: s } };
}
