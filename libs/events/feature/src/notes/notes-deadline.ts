import type { EntityManager } from '@mikro-orm/postgresql';
import { NotesWindow, scheduleSteps } from '@cercle/events-domain';
import type { Occurrence } from '../entities/occurrence.entity';
import { OccurrenceStep } from '../entities/occurrence-step.entity';
import type { Series } from '../entities/series.entity';

/**
 * The notes deadline is the due time of the occurrence's `archiveNotes` step, read from its timeline row
 * (which a reschedule or a series' offsets move): there is no second deadline to keep in step. Only an
 * occurrence without that row (none today) falls back to the series' offsets.
 */
export async function notesDeadline(
  em: EntityManager,
  series: Series,
  occurrence: Occurrence,
): Promise<{ deadline: Date; archived: boolean }> {
  const step = await em.findOne(OccurrenceStep, { occurrenceId: occurrence.id, step: 'archiveNotes' }, { refresh: true });
  const deadline = step?.dueAt ?? scheduleSteps(occurrence, series.stepOffsets).find((s) => s.step === 'archiveNotes')!.dueAt;
  return { deadline, archived: !!step && step.state !== 'pending' };
}

export async function notesWindow(em: EntityManager, series: Series, occurrence: Occurrence, now: Date): Promise<NotesWindow> {
  const { deadline, archived } = await notesDeadline(em, series, occurrence);
  return { now, deadline, timeZone: series.timeZone, archived, cancelled: occurrence.status === 'cancelled' };
}
