import { z } from 'zod';
import { LOCAL_TIME_PATTERN } from '../time/zoned-time';
import { checkAgendaTimes, Format, invalidFormat, localizedTextSchema, parseFormat, slotKindSchema } from './format';

const DAY_MINUTES = 24 * 60;

/**
 * What an organiser writes to define a format: names, a default duration and a timed agenda. Slot ids are
 * generated (`slot-1`, `slot-2`… in the given order); roles and contribution kinds stay empty, since the
 * built-in formats are where those come from today.
 */
export const organiserFormatInputSchema = z
  .object({
    name: localizedTextSchema,
    description: localizedTextSchema.optional(),
    defaultDurationMinutes: z.number().int().positive().max(DAY_MINUTES),
    defaultStartTime: z.string().regex(LOCAL_TIME_PATTERN, { message: 'must be a time written HH:mm' }).default('10:00'),
    /** People beyond the community's members may register as guests from the public page. */
    openToGuests: z.boolean().default(false),
    agenda: z
      .array(
        z.object({
          title: localizedTextSchema,
          kind: slotKindSchema.default('plenary'),
          /** Elapsed minutes from the occurrence's start. */
          offsetMinutes: z.number().int().nonnegative({ message: 'must not be negative' }),
          durationMinutes: z.number().int().positive().max(DAY_MINUTES),
          purpose: localizedTextSchema.optional(),
        }),
      )
      .min(1, { message: 'needs at least one slot' })
      .max(50),
  })
  .superRefine((input, ctx) => {
    const slots = input.agenda.map((slot, index) => ({ ...slot, id: slotId(index) }));
    checkAgendaTimes(ctx, slots, input.defaultDurationMinutes);
  });
export type OrganiserFormatInput = z.input<typeof organiserFormatInputSchema>;

const slotId = (index: number) => `slot-${index + 1}`;

/** The full format for an organiser's input, held to the same schema as the built-ins. */
export function buildOrganiserFormat(id: string, input: unknown): Format {
  const parsed = organiserFormatInputSchema.safeParse(input);
  if (!parsed.success) throw invalidFormat(parsed.error);
  const { name, description, defaultDurationMinutes, defaultStartTime, openToGuests, agenda } = parsed.data;
  return parseFormat({
    id,
    name,
    description: description ?? name,
    defaultDurationMinutes,
    defaultStartTime,
    openToGuests,
    roles: [],
    contributionKinds: [],
    agenda: agenda.map((slot, index) => ({ ...slot, id: slotId(index) })),
  });
}
