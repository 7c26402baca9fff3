import { z } from 'zod';
import { InvalidRecurrenceError } from '../errors';
import { isLocalStartShape } from '../time/local-time-reading';
import { isRealLocalDate, isRealLocalDateTime, isValidTimeZone, LOCAL_TIME_PATTERN } from '../time/zoned-time';
import { parseRruleText } from './rrule-text';

export const DEFAULT_TIME_ZONE = 'Europe/Paris';

const localDate = z.string().refine(isRealLocalDate, { message: 'must be a real date written YYYY-MM-DD' });
/**
 * A local start: `YYYY-MM-DDTHH:mm` on the series' clocks, optionally followed by the UTC offset that says
 * which of the two readings of a time shown twice is meant (`2026-10-25T02:30+01:00`).
 */
export const localStartSchema = z.string().refine((value) => isLocalStartShape(value) && isRealLocalDateTime(value.slice(0, 16)), {
  message: 'must be a real local date-time written YYYY-MM-DDTHH:mm, optionally with its UTC offset (+01:00)',
});

/** An occurrence moved to another day or hour; it keeps its original date as its identity (`key`). */
export const movedOccurrenceSchema = z.object({
  originalDate: localDate,
  newLocalStart: localStartSchema,
});

export const recurrenceRuleSchema = z
  .object({
    /** RFC 5545 RRULE value, e.g. `FREQ=MONTHLY;INTERVAL=2;BYDAY=2TH`. */
    rrule: z.string().superRefine((text, ctx) => {
      const parsed = parseRruleText(text);
      if (!parsed.ok) ctx.addIssue({ code: 'custom', message: `invalid RRULE "${text}": ${parsed.reason}` });
    }),
    /** Local wall-clock start, kept across DST changes. */
    startTime: z.string().regex(LOCAL_TIME_PATTERN, { message: 'must be a time written HH:mm' }),
    durationMinutes: z.number().int().positive(),
    timeZone: z
      .string()
      .default(DEFAULT_TIME_ZONE)
      .refine(isValidTimeZone, { error: (issue) => `unknown time zone "${String(issue.input)}": use an IANA name such as Europe/Paris` }),
    /** The series starts on or after this local date; it is not itself an occurrence unless the RRULE matches it. */
    firstDate: localDate,
    skippedDates: z.array(localDate).default([]),
    movedOccurrences: z.array(movedOccurrenceSchema).default([]),
  })
  .superRefine((rule, ctx) => {
    const moved = new Set<string>();
    for (const [index, move] of rule.movedOccurrences.entries()) {
      if (moved.has(move.originalDate)) {
        ctx.addIssue({ code: 'custom', path: ['movedOccurrences', index], message: `${move.originalDate} is moved twice` });
      }
      if (rule.skippedDates.includes(move.originalDate)) {
        ctx.addIssue({ code: 'custom', path: ['movedOccurrences', index], message: `${move.originalDate} is both skipped and moved` });
      }
      moved.add(move.originalDate);
    }
  });

export type RecurrenceRule = z.output<typeof recurrenceRuleSchema>;
/** What callers may pass: defaults (time zone, empty exceptions) filled in by parsing. */
export type RecurrenceRuleInput = z.input<typeof recurrenceRuleSchema>;
export type MovedOccurrence = z.output<typeof movedOccurrenceSchema>;

export function parseRecurrenceRule(input: unknown): RecurrenceRule {
  const result = recurrenceRuleSchema.safeParse(input);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const path = issue.path.join('.');
    return path ? `${path}: ${issue.message}` : issue.message;
  });
  throw new InvalidRecurrenceError(`Invalid recurrence rule: ${problems.join('; ')}`);
}
