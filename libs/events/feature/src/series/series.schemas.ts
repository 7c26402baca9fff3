import { z } from 'zod';
import { builtInFormats, recurrenceRuleSchema, STEP_NAMES } from '@cercle/events-domain';

const memberId = z.string().uuid();
const YEAR_MINUTES = 366 * 24 * 60;

/** The recurrence as an organiser writes it; the duration defaults to the format's. */
export const recurrenceBody = z.object({
  rrule: recurrenceRuleSchema.shape.rrule,
  firstDate: recurrenceRuleSchema.shape.firstDate,
  startTime: recurrenceRuleSchema.shape.startTime,
  timeZone: recurrenceRuleSchema.shape.timeZone,
  durationMinutes: z.number().int().positive().max(24 * 60).optional(),
});

export const createSeriesBody = z.object({
  communityId: z.string().uuid(),
  title: z.string().trim().min(1).max(200),
  formatId: z.string().refine((id) => builtInFormats.some((format) => format.id === id), {
    message: `unknown format; built-in formats: ${builtInFormats.map((format) => format.id).join(', ')}`,
  }),
  recurrence: recurrenceBody,
  location: z.string().trim().min(1).max(200).nullable().default(null),
  theme: z.string().trim().min(1).max(200).nullable().default(null),
  guideMemberId: memberId.nullable().default(null),
  contributorMemberIds: z.array(memberId).max(50).default([]),
  /** Minutes from each step's anchor (start, or end for the steps after the session); missing = default. */
  stepOffsets: z.partialRecord(z.enum(STEP_NAMES), z.number().int().min(-YEAR_MINUTES).max(YEAR_MINUTES)).default({}),
});
export type CreateSeriesBody = z.infer<typeof createSeriesBody>;
