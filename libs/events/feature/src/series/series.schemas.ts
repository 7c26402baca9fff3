import { z } from 'zod';
import { builtInFormats, recurrenceRuleSchema, seriesExceptionSchema, STEP_NAMES } from '@cercle/events-domain';

const memberId = z.string().uuid();
const YEAR_MINUTES = 366 * 24 * 60;

/** The recurrence as an organiser writes it; the duration defaults to the format's. */
export const recurrenceBody = z.object({
  rrule: recurrenceRuleSchema.shape.rrule,
  firstDate: recurrenceRuleSchema.shape.firstDate,
  startTime: recurrenceRuleSchema.shape.startTime,
  timeZone: recurrenceRuleSchema.shape.timeZone,
  durationMinutes: z
    .number()
    .int()
    .positive()
    .max(24 * 60)
    .optional(),
});

/** Minutes from each step's anchor (start, or end for the steps after the session); missing = default. */
const stepOffsets = z.partialRecord(z.enum(STEP_NAMES), z.number().int().min(-YEAR_MINUTES).max(YEAR_MINUTES));
const capacity = z.number().int().positive().max(100_000).nullable();
/** How many future occurrences are kept planned; 3 by default (see the feature README). */
const horizonOccurrences = z.number().int().min(1).max(24);

export const createSeriesBody = z.object({
  communityId: z.string().uuid(),
  title: z.string().trim().min(1).max(200),
  /** A built-in format id, or the id of a format this organiser defined (`POST /formats`). */
  formatId: z.string().refine((id) => builtInFormats.some((format) => format.id === id) || z.string().uuid().safeParse(id).success, {
    message: `unknown format; built-in formats: ${builtInFormats.map((format) => format.id).join(', ')}, or an organiser format id`,
  }),
  recurrence: recurrenceBody,
  location: z.string().trim().min(1).max(200).nullable().default(null),
  capacity: capacity.default(null),
  horizonOccurrences: horizonOccurrences.default(3),
  theme: z.string().trim().min(1).max(200).nullable().default(null),
  guideMemberId: memberId.nullable().default(null),
  contributorMemberIds: z.array(memberId).max(50).default([]),
  stepOffsets: stepOffsets.default({}),
});
export type CreateSeriesBody = z.infer<typeof createSeriesBody>;

/** Every field optional; what is given applies to the occurrences nobody has been told about yet. */
export const editSeriesBody = z
  .object({
    title: z.string().trim().min(1).max(200),
    location: z.string().trim().min(1).max(200).nullable(),
    capacity,
    horizonOccurrences,
    rrule: recurrenceRuleSchema.shape.rrule,
    startTime: recurrenceRuleSchema.shape.startTime,
    durationMinutes: z
      .number()
      .int()
      .positive()
      .max(24 * 60),
    stepOffsets,
  })
  .partial()
  .refine((body) => Object.keys(body).length > 0, { message: 'give at least one field to change' });
export type EditSeriesBody = z.infer<typeof editSeriesBody>;

export const seriesExceptionBody = seriesExceptionSchema;

/** What the preview of a new series needs: the community (for access), the format, the recurrence and offsets. */
export const previewSeriesBody = createSeriesBody
  .pick({ communityId: true, formatId: true, recurrence: true, stepOffsets: true })
  .extend({ count: z.number().int().min(1).max(24).default(6) });
export type PreviewSeriesBody = z.infer<typeof previewSeriesBody>;
