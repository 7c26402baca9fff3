import { z } from 'zod';

export const id = z.string().uuid();
export const isoDateTime = z.string().datetime({ offset: true });
export const language = z.enum(['fr', 'en']);
export const registrationAnswer = z.enum(['yes', 'no', 'maybe']);
/** Where a registration stands once capacity is applied: `waitlisted` until someone cancels. */
export const registrationStatus = z.enum(['confirmed', 'waitlisted', 'declined']);
export const topicKind = z.enum(['talk', 'demo', 'experienceReport', 'invitedExpert', 'workshop']);
export type TopicKind = z.infer<typeof topicKind>;
/** Text shown to people in both languages (formats, agenda items): the receiver picks the reader's. */
export const localisedText = z.object({ fr: z.string(), en: z.string() });
export type LocalisedText = z.infer<typeof localisedText>;
/** Bullet lists in both languages (a format's principles and attendance rules). */
export const localisedList = z.object({ fr: z.array(z.string()), en: z.array(z.string()) });
/** The rules a format states (e.g. attendance optional, open to the wider network), shown before people decide to come. */
export const formatRules = z.object({ principles: localisedList, attendanceRules: localisedList });
export type FormatRules = z.infer<typeof formatRules>;

/** The words people read for each topic kind, on every page and in every message (the seeds' own words). */
export const topicKindLabels: Record<TopicKind, LocalisedText> = {
  talk: { fr: 'Exposé', en: 'Talk' },
  demo: { fr: 'Démonstration', en: 'Demo' },
  experienceReport: { fr: 'Retour d’expérience', en: 'Experience report' },
  invitedExpert: { fr: 'Expert·e invité·e', en: 'Invited expert' },
  workshop: { fr: 'Atelier', en: 'Workshop' },
};

/** The labels of every topic kind in one language, in the enum's order (for a `<select>`). */
export function topicKindLabelsIn(language: keyof LocalisedText): Record<TopicKind, string> {
  return Object.fromEntries(topicKind.options.map((kind) => [kind, topicKindLabels[kind][language]])) as Record<TopicKind, string>;
}

/** A topic as people see it: proposed, and once selected, placed in a slot and a room (open forum). */
export const topicView = z.object({
  title: z.string(),
  kind: topicKind,
  description: z.string().nullable(),
  proposer: z.string().nullable(),
  selected: z.boolean(),
  room: z.string().nullable(),
  /** Local wall-clock times (`HH:mm`) in the occurrence's time zone, when placed in a slot. */
  localStart: z.string().nullable(),
  localEnd: z.string().nullable(),
});

/** One agenda item with local wall-clock times (`HH:mm`) in the occurrence's time zone. */
export const agendaItem = z.object({ title: localisedText, localStart: z.string(), localEnd: z.string() });
export type AgendaItem = z.infer<typeof agendaItem>;

/** What a message needs to say about an occurrence so that the receiver can render it without asking. */
export const occurrenceSnapshot = z.object({
  occurrenceId: id,
  seriesId: id,
  communityId: id,
  title: z.string(),
  formatId: z.string(),
  formatName: localisedText,
  startsAt: isoDateTime,
  endsAt: isoDateTime,
  timeZone: z.string(),
  location: z.string().nullable(),
  theme: z.string().nullable(),
  agenda: z.array(agendaItem),
  /** Calendar revision (iCalendar SEQUENCE): raised by every reschedule and by the cancellation. */
  calendarSequence: z.number().int().min(0),
  /** Set on a reschedule: where the occurrence was before it moved. */
  previousStartsAt: isoDateTime.nullable(),
  cancellationReason: z.string().nullable(),
  registrationClosesAt: isoDateTime.nullable(),
  topics: z.array(topicView),
  /** The format's rules; absent when it states none (and in messages queued before it existed). */
  rules: formatRules.optional(),
  /**
   * Whether people beyond the members may register (the format says): only then does a channel post link to
   * the public /join page. Absent in messages from older producers, read as members only.
   */
  openToGuests: z.boolean().optional(),
});
export type OccurrenceSnapshot = z.infer<typeof occurrenceSnapshot>;
