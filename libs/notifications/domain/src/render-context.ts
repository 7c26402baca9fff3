import { z } from 'zod';

export const LANGUAGES = ['fr', 'en'] as const;
export const languageSchema = z.enum(LANGUAGES);
export type Language = z.infer<typeof languageSchema>;

const isoDateTime = z.iso.datetime({ offset: true });
const localTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected HH:mm');

// Intl rejects unknown zones with a RangeError; checking here keeps that error at the edge. Every email's
// context is validated and a formatter costs ~0.3 ms to build, so a zone found valid is remembered
// (there are a few hundred of them).
const validZones = new Set<string>();
const ianaTimeZone = z.string().refine((zone) => {
  if (validZones.has(zone)) return true;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    validZones.add(zone);
    return true;
  } catch {
    return false;
  }
}, 'expected an IANA time zone such as Europe/Paris');

// Only web links: a `javascript:` or `data:` URL in a button would run in some mail clients.
const webLink = z.url({ protocol: /^https?$/ });

export const agendaItemSchema = z.object({ title: z.string(), localStart: localTime, localEnd: localTime });

const topicKindSchema = z.enum(['talk', 'demo', 'experienceReport', 'invitedExpert', 'workshop']);

/** A topic of the programme: proposed, and once selected placed in a slot and a room (open forum). */
export const topicSchema = z.object({
  title: z.string(),
  kind: topicKindSchema,
  proposer: z.string().nullable().optional(),
  selected: z.boolean(),
  room: z.string().nullable().optional(),
  localStart: localTime.nullable().optional(),
  localEnd: localTime.nullable().optional(),
});

/** One person's part (guide, contributor, scribe) and what it still lacks; `missing` empty when ready. */
export const contributionSchema = z.object({
  /** Tells apart two people of the same name, and one person holding two roles (shown on one line). */
  memberId: z.string().optional(),
  memberName: z.string(),
  role: z.enum(['guide', 'contributor', 'scribe']),
  kind: topicKindSchema.nullable().optional(),
  title: z.string().nullable().optional(),
  materialsUrl: webLink.nullable().optional(),
  workshop: z.string().nullable().optional(),
  missing: z.array(z.enum(['title', 'materials'])),
  /** The recipient's own part: only this one is ever written « votre contribution ». */
  mine: z.boolean().optional(),
});
export type Contribution = z.infer<typeof contributionSchema>;

export const registrationSchema = z.object({
  answer: z.enum(['yes', 'no', 'maybe']),
  status: z.enum(['confirmed', 'waitlisted', 'declined']),
  waitlistPosition: z.number().int().positive().nullable().optional(),
  promoted: z.boolean().optional(),
});

export const noteSchema = z.object({ workshop: z.string(), scribe: z.string().optional(), markdown: z.string() });
export type Note = z.infer<typeof noteSchema>;

/** Everything a template may show. Built by the caller from ids reloaded from the database. */
export const renderContextSchema = z.object({
  language: languageSchema,
  recipient: z.object({ name: z.string() }),
  community: z.object({ name: z.string() }),
  occurrence: z.object({
    id: z.string(),
    title: z.string(),
    formatName: z.string().optional(),
    startsAt: isoDateTime,
    endsAt: isoDateTime,
    timeZone: ianaTimeZone,
    location: z.string().optional(),
    theme: z.string().nullable().optional(),
    agenda: z.array(agendaItemSchema).optional(),
    topics: z.array(topicSchema).optional(),
    previousStartsAt: isoDateTime.nullable().optional(),
    cancellationReason: z.string().nullable().optional(),
    registrationClosesAt: isoDateTime.nullable().optional(),
    /** A cancelled occurrence confirms nobody's place, whatever the registration says. */
    cancelled: z.boolean().optional(),
    /** The format's rules in the reader's language (e.g. attendance optional, open to the wider network). */
    rules: z.object({ principles: z.array(z.string()), attendanceRules: z.array(z.string()) }).optional(),
    /** Whether people beyond the members may register; absent: members only. */
    openToGuests: z.boolean().optional(),
  }),
  links: z.object({
    register: webLink.optional(),
    /** The member's topic ballot (same signed token as `register`): see the proposed topics and vote. */
    ballot: webLink.optional(),
    unsubscribe: webLink.optional(),
    notes: webLink.optional(),
    timeline: webLink.optional(),
    respond: webLink.optional(),
    preferences: webLink.optional(),
    /** The recipient's own contribution page: title, kind and materials. */
    contribution: webLink.optional(),
    /** The occurrence's public registration page, for channel posts (which cannot carry a personal link). */
    join: webLink.optional(),
    /** The room's page of the day (add a topic, volunteer as scribe): the same for everyone. */
    day: webLink.optional(),
  }),
  roles: z
    .object({
      guide: z.string().nullable().optional(),
      contributors: z.array(z.string()).optional(),
      /** Who takes notes in each workshop (named or volunteered on the day), by the workshop's title. */
      scribes: z.array(z.object({ workshop: z.string(), name: z.string() })).optional(),
    })
    .optional(),
  nextRoles: z
    .object({
      theme: z.string().nullable().optional(),
      guide: z.string().nullable().optional(),
      contributors: z.array(z.string()).optional(),
      /** When the next session starts, shown in the occurrence's time zone; null when not known yet. */
      startsAt: isoDateTime.nullable().optional(),
    })
    .optional(),
  notes: z.array(noteSchema).optional(),
  /** Everyone's part the message is about; the recipient's own, if any, is marked `mine`. */
  contributions: z.array(contributionSchema).optional(),
  /** The recipient's own registration (confirmation, waiting list). */
  registration: registrationSchema.optional(),
  /** Notes deadline. */
  deadline: isoDateTime.optional(),
  extra: z.record(z.string(), z.string()).optional(),
  /**
   * A health alert raised or cleared. For an organiser of the community (`forOrganiser`), its link to the
   * occurrence's console page is `links.timeline` and a failed-deliveries alert links the console's deliveries
   * page; the guide and alert contacts cannot sign in there, so they get neither, only what they can do.
   */
  alert: z
    .object({
      forOrganiser: z.boolean().optional(),
      deliveriesLink: webLink.optional(),
      check: z.enum(['noGuide', 'contributorNotReady', 'lowRegistrations', 'waitingListWhileFree', 'failedDeliveries']),
      raisedAt: isoDateTime,
      names: z.array(z.string()),
      count: z.number().int().nullable(),
      threshold: z.number().int().nullable(),
      capacity: z.number().int().nullable(),
      free: z.number().int().nullable(),
    })
    .optional(),
});

export type RenderContext = z.infer<typeof renderContextSchema>;
