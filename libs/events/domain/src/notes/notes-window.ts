import { NotesClosedError } from '../errors';
import { formatLocalDate, formatLocalTime, instantToWallClock } from '../time/zoned-time';

/**
 * Whether scribes may still submit notes. The deadline is the due time of the occurrence's `archiveNotes`
 * step (one source of truth: moving the step, or rescheduling the occurrence, moves the deadline); once the
 * archive has run the notes are in Mattermost, so a later submission would never reach anyone.
 */
export interface NotesWindow {
  now: Date;
  deadline: Date;
  timeZone: string;
  archived: boolean;
  cancelled: boolean;
}

/** The deadline as people read it: local date and time in the series' zone. */
export function localDeadline(deadline: Date, timeZone: string): string {
  const clock = instantToWallClock(deadline, timeZone);
  return `${formatLocalDate(clock)} ${formatLocalTime(clock)} (${timeZone})`;
}

export type NotesClosed = 'cancelled' | 'archived' | 'deadline';

/** Why notes can no longer be submitted (first reason that applies), or null while they can. */
export function notesClosed(window: NotesWindow): NotesClosed | null {
  if (window.cancelled) return 'cancelled';
  if (window.archived) return 'archived';
  return window.now.getTime() >= window.deadline.getTime() ? 'deadline' : null;
}

/** The same, in a sentence for the API's error body. */
export function notesClosedReason(window: NotesWindow): string | null {
  const closed = notesClosed(window);
  if (closed === 'cancelled') return 'This occurrence is cancelled: no notes are collected for it.';
  if (closed === 'archived') return 'The notes of this occurrence have already been archived.';
  if (closed === 'deadline') return `The deadline for notes passed on ${localDeadline(window.deadline, window.timeZone)}.`;
  return null;
}

export function assertNotesOpen(window: NotesWindow): void {
  const reason = notesClosedReason(window);
  if (reason) throw new NotesClosedError(reason);
}

export interface ScribeAssignment {
  workshop: string;
  memberId: string;
}

/** The scribes still owing notes: one entry per workshop whose notes have not been submitted. */
export function scribesToRemind<T extends ScribeAssignment>(scribes: T[], submittedWorkshops: Iterable<string>): T[] {
  const submitted = new Set(submittedWorkshops);
  return scribes.filter((scribe) => !submitted.has(scribe.workshop));
}
