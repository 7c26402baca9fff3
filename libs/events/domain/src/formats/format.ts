import { z } from 'zod';
import { InvalidFormatError } from '../errors';
import { LOCAL_TIME_PATTERN } from '../time/zoned-time';

const text = z.string().trim().min(1, { message: 'must not be empty' });
/** User-facing text: French first (the communities are French public-sector teams), English beside it. */
export const localizedTextSchema = z.object({ fr: text, en: text });
export const localizedListSchema = z.object({ fr: z.array(text), en: z.array(text) });

export const roleIdSchema = z.enum(['guide', 'contributor', 'participant', 'scribe']);

// Same spelling as the `topicKind` of the shared message contracts, so a kind crosses services unchanged.
export const topicKindSchema = z.enum(['talk', 'demo', 'experienceReport', 'invitedExpert', 'workshop']);

export const slotKindSchema = z.enum(['plenary', 'round-table', 'exchange', 'open-space', 'break', 'stand-up', 'anticipation']);

const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: 'must be kebab-case (a-z, 0-9, -)' });

export const formatRoleSchema = z.object({
  id: roleIdSchema,
  label: localizedTextSchema,
  mission: localizedTextSchema,
  duties: localizedListSchema,
});

export const contributionKindSchema = z.object({
  id: topicKindSchema,
  label: localizedTextSchema,
  description: localizedTextSchema,
  examples: localizedListSchema,
});

export const agendaSlotSchema = z.object({
  id: slug,
  title: localizedTextSchema,
  kind: slotKindSchema,
  /** Elapsed minutes from the occurrence's start, not wall-clock: a 90-minute meeting lasts 90 minutes on a DST night. */
  offsetMinutes: z.number().int().nonnegative({ message: 'must not be negative' }),
  durationMinutes: z.number().int().positive(),
  purpose: localizedTextSchema.optional(),
  details: localizedListSchema.optional(),
});

export const formatSchema = z
  .object({
    id: slug,
    name: localizedTextSchema,
    description: localizedTextSchema,
    /** A starting point for a new series' recurrence; the series owns the real rule. */
    suggestedRrule: z.string().optional(),
    defaultDurationMinutes: z.number().int().positive(),
    defaultStartTime: z.string().regex(LOCAL_TIME_PATTERN, { message: 'must be a time written HH:mm' }),
    expectedAttendance: z.object({ min: z.number().int().nonnegative(), max: z.number().int().positive() }).optional(),
    principles: localizedListSchema.optional(),
    attendanceRules: localizedListSchema.optional(),
    /**
     * Whether people beyond the community's members may register (as guests, from the public page the
     * channel post links to). Closed by default: a format says so when it welcomes the wider network.
     */
    openToGuests: z.boolean().default(false),
    roles: z.array(formatRoleSchema),
    contributionKinds: z.array(contributionKindSchema),
    agenda: z.array(agendaSlotSchema).min(1, { message: 'needs at least one slot' }),
  })
  .superRefine((format, ctx) => {
    checkAgendaTimes(ctx, format.agenda, format.defaultDurationMinutes);
    reportDuplicates(
      ctx,
      'agenda',
      format.agenda.map((slot) => slot.id),
    );
    reportDuplicates(
      ctx,
      'roles',
      format.roles.map((role) => role.id),
    );
    reportDuplicates(
      ctx,
      'contributionKinds',
      format.contributionKinds.map((kind) => kind.id),
    );
    if (format.expectedAttendance && format.expectedAttendance.min > format.expectedAttendance.max) {
      ctx.addIssue({ code: 'custom', path: ['expectedAttendance'], message: 'min must not exceed max' });
    }
  });

export type Format = z.output<typeof formatSchema>;
export type TopicKind = z.output<typeof topicKindSchema>;
export type ContributionKind = z.output<typeof contributionKindSchema>;
export type AgendaSlot = z.output<typeof agendaSlotSchema>;
export type SlotKind = z.output<typeof slotKindSchema>;
export type LocalizedText = z.output<typeof localizedTextSchema>;
export type LocalizedList = z.output<typeof localizedListSchema>;

/** Validates an organiser-defined format; the message lists every problem with its path. */
export function parseFormat(input: unknown): Format {
  const result = formatSchema.safeParse(input);
  if (result.success) return result.data;
  throw invalidFormat(result.error);
}

/** One InvalidFormatError listing every problem with its path. */
export function invalidFormat(error: z.ZodError): InvalidFormatError {
  const problems = error.issues.map((issue) => (issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message));
  return new InvalidFormatError(`Invalid format: ${problems.join('; ')}`);
}

function reportDuplicates(ctx: z.RefinementCtx, field: string, ids: string[]): void {
  const seen = new Set<string>();
  ids.forEach((id, index) => {
    if (seen.has(id)) ctx.addIssue({ code: 'custom', path: [field, index, 'id'], message: `duplicate id "${id}"` });
    seen.add(id);
  });
}

type TimedSlot = Pick<z.output<typeof agendaSlotSchema>, 'id' | 'offsetMinutes' | 'durationMinutes'>;

/** Every slot ends within the format's duration and no two slots overlap (shared with organiser formats' input). */
export function checkAgendaTimes(ctx: z.RefinementCtx, agenda: readonly TimedSlot[], durationMinutes: number): void {
  agenda.forEach((slot, index) => {
    if (slot.offsetMinutes + slot.durationMinutes > durationMinutes) {
      ctx.addIssue({
        code: 'custom',
        path: ['agenda', index],
        message: `slot "${slot.id}" ends at minute ${slot.offsetMinutes + slot.durationMinutes}, after the format's ${durationMinutes} minutes`,
      });
    }
  });
  reportOverlaps(ctx, agenda);
}

/** Slots are a timetable: two slots at the same time would print an agenda nobody can follow. */
function reportOverlaps(ctx: z.RefinementCtx, agenda: readonly TimedSlot[]): void {
  const order = agenda.map((slot, index) => ({ slot, index })).sort((a, b) => a.slot.offsetMinutes - b.slot.offsetMinutes);
  order.slice(1).forEach(({ slot, index }, i) => {
    const previous = order[i].slot;
    if (slot.offsetMinutes < previous.offsetMinutes + previous.durationMinutes) {
      ctx.addIssue({
        code: 'custom',
        path: ['agenda', index],
        message: `slot "${slot.id}" starts at minute ${slot.offsetMinutes}, before slot "${previous.id}" ends (minute ${previous.offsetMinutes + previous.durationMinutes})`,
      });
    }
  });
}
