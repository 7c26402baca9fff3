import { z } from 'zod';
import { agendaItem, formatRules, id, isoDateTime, topicKind } from './shared-schemas';
import { lifecycleStep } from './lifecycle-step';
import { assertJobId } from '../queues';

/** Published by events when an occurrence is planned, moved, opened/closed for registration or cancelled. */
export const occurrenceChanged = z.object({
  occurrenceId: id,
  seriesId: id,
  communityId: id,
  title: z.string(),
  startsAt: isoDateTime,
  endsAt: isoDateTime,
  timeZone: z.string(),
  status: z.enum(['planned', 'announced', 'closed', 'held', 'archived', 'cancelled']),
  registrationOpen: z.boolean(),
  /** Places for `yes` answers; further `yes` answers go to the waiting list. Null: no limit. */
  capacity: z.number().int().positive().nullable(),
  /** Where it takes place and its agenda, for the registration page; optional so older producers still validate. */
  location: z.string().nullable().optional(),
  agenda: z.array(agendaItem).optional(),
  /** Calendar revision (iCalendar SEQUENCE) for the calendar feeds; optional so older producers still validate. */
  calendarSequence: z.number().int().min(0).optional(),
  /**
   * For the registration pages: whether people beyond the members may register (the format says) and
   * the theme chosen for it. Optional so older producers still validate.
   */
  openToGuests: z.boolean().optional(),
  theme: z.string().nullable().optional(),
  /** Why it was cancelled, shown on its registration pages. */
  cancellationReason: z.string().nullable().optional(),
  /** The topic kinds the format offers (the registration form's choices); absent: every kind, as before it existed. */
  topicKinds: z.array(topicKind).min(1).optional(),
  /** The format's rules, shown on the registration page; absent when the format states none. */
  rules: formatRules.optional(),
});

/** Internal to events: a lifecycle step of an occurrence is due (a delayed job with a deterministic id). */
export const lifecycleStepDue = z.object({
  occurrenceId: id,
  step: lifecycleStep,
  /**
   * When the step was due as this job was scheduled. A job whose due time no longer matches the timeline
   * (the occurrence was rescheduled and the old job could not be removed) does nothing. Absent in jobs
   * scheduled before it existed: those always run.
   */
  dueAt: isoDateTime.optional(),
});

/**
 * Internal to events: evaluate an occurrence's health checks (a delayed job at each moment a timed check
 * starts to apply). Evaluating is idempotent, so a job left behind by a reschedule does no harm.
 */
export const healthCheckDue = z.object({ occurrenceId: id });

/** One evaluation per occurrence and moment: publishing it twice for the same moment evaluates once. No ':' (BullMQ). */
export function healthCheckJobId(occurrenceId: string, at: Date): string {
  return assertJobId(`health-${occurrenceId}-${at.getTime()}`);
}

/** Published by events when a series is created: which community it belongs to (notifications checks template access with it). */
export const seriesChanged = z.object({
  seriesId: id,
  communityId: id,
  title: z.string(),
});
