import { z } from 'zod';
import { id, occurrenceSnapshot, registrationAnswer, registrationStatus, topicKind } from './shared-schemas';

export const notificationKind = z.enum([
  'announcement',
  'registrationConfirmation',
  'waitingList',
  'prepReminder',
  'prepConfirmation',
  'readinessEscalation',
  'contributorsIntro',
  'roleAssigned',
  'roleRemoved',
  'participantReminder',
  'agenda',
  'nextRoles',
  'notesReminder',
  'notesArchive',
  'reschedule',
  'cancellation',
  'programme',
  // Health alerts: to the guide and the series' alert contacts, once per condition raised and cleared.
  'healthAlert',
  'healthAlertCleared',
]);
export type NotificationKind = z.infer<typeof notificationKind>;

const audience = z.discriminatedUnion('type', [
  /** Every active member of the community (announcements, agendas). */
  z.object({ type: z.literal('community'), communityId: id }),
  /** Named members (registrants, contributors, the guide, the people chosen for the next session). */
  z.object({ type: z.literal('members'), memberIds: z.array(id).min(1) }),
  /**
   * Whoever holds the occurrence in their calendar (sent a REQUEST, not cancelled for them), as
   * notifications recorded it; `alsoMemberIds` are told too, without a calendar object unless they hold it
   * (registrants on the waiting list, whose calendar has no entry but who still need to know).
   */
  z.object({ type: z.literal('calendarHolders'), occurrenceId: id, alsoMemberIds: z.array(id).optional() }),
  // Health alerts to organisers (issue 12).
  /**
   * The community's organisers (console accounts, not members: notifications keeps their contacts from
   * `community.organiser-changed`), with named members beside them (the guide, the alert contacts); each
   * person once, an organiser who is also one of those members being told as that member.
   */
  z.object({ type: z.literal('organisers'), communityId: id, alsoMemberIds: z.array(id) }),
]);

/** The health checks of a series (see @cercle/events-domain health settings for what each means). */
export const healthCheck = z.enum(['noGuide', 'contributorNotReady', 'lowRegistrations', 'waitingListWhileFree', 'failedDeliveries']);

/** What a health alert (raised or cleared) says: which check, its numbers, and where organisers act. */
export const healthAlertView = z.object({
  check: healthCheck,
  raisedAt: z.string().datetime({ offset: true }),
  /** Contributors not ready, by name. */
  names: z.array(z.string()).default([]),
  count: z.number().int().min(0).nullable().default(null),
  threshold: z.number().int().min(0).nullable().default(null),
  capacity: z.number().int().min(0).nullable().default(null),
  free: z.number().int().min(0).nullable().default(null),
  /** The occurrence's console page, where organisers see its alerts (members cannot sign in there: not shown to them). */
  link: z.string().url(),
  /** The console's deliveries page, where organisers resend what failed (failed deliveries only). */
  deliveriesLink: z.string().url().optional(),
});
export type HealthAlertView = z.infer<typeof healthAlertView>;

/** One person's part in an occurrence and how ready it is (prep reminders, readiness, introductions). */
export const contributionView = z.object({
  memberId: id,
  memberName: z.string(),
  role: z.enum(['guide', 'contributor', 'scribe']),
  kind: topicKind.nullable(),
  title: z.string().nullable(),
  materialsUrl: z.string().nullable(),
  /** Workshop a scribe writes the notes of. */
  workshop: z.string().nullable(),
  /** What is still missing; empty when ready. */
  missing: z.array(z.enum(['title', 'materials'])),
});
export type ContributionView = z.infer<typeof contributionView>;

/**
 * Published by events: tell an audience something about an occurrence. The notifications service
 * resolves recipients, preferences and channels, renders the templates, signs each person's links and
 * logs each delivery.
 */
export const notificationRequested = z.object({
  notificationId: id,
  kind: notificationKind,
  audience,
  /** Email each member of the audience (subject to their preferences). */
  emails: z.boolean(),
  /** Also post in the community's Mattermost channel (announcements, agendas, notes archive). */
  channelPost: z.boolean(),
  /** Also send each member of the audience a Mattermost direct message (prep reminders). */
  directMessages: z.boolean(),
  occurrence: occurrenceSnapshot,
  /** Display names, resolved by events from its copy of the members. */
  roles: z
    .object({
      guide: z.string().nullable(),
      contributors: z.array(z.string()),
      scribes: z.array(z.object({ workshop: z.string(), name: z.string() })),
    })
    .nullable(),
  nextRoles: z
    .object({
      theme: z.string().nullable(),
      guide: z.string().nullable(),
      contributors: z.array(z.string()),
      /** When the next session starts (ISO); null when unknown, and in messages queued before it existed. */
      startsAt: z.string().datetime({ offset: true }).nullable().default(null),
    })
    .nullable(),
  notes: z.array(z.object({ workshop: z.string(), scribe: z.string().nullable(), markdown: z.string() })).nullable(),
  /** Prep reminders and confirmations (the recipient's own), readiness and introductions (everyone's). */
  contributions: z.array(contributionView).nullable(),
  /** Registration confirmations and waiting-list messages: the recipient's own registration. */
  registration: z
    .object({
      answer: registrationAnswer,
      status: registrationStatus,
      waitlistPosition: z.number().int().positive().nullable(),
      promoted: z.boolean(),
    })
    .nullable(),
  /** Notes deadline (notes reminders), ISO date-time. */
  deadline: z.string().datetime({ offset: true }).nullable(),
  /**
   * Which signed personal links each recipient's message carries; notifications signs them per person
   * (see @cercle/signed-links and public-routes): register (announcement, reminders), notes (scribes),
   * roleResponse (accept/decline the next roles), contribution (a contributor's or host's own contribution
   * page). `contribution` defaults to false so that messages queued before it existed still parse.
   */
  links: z.object({ register: z.boolean(), notes: z.boolean(), roleResponse: z.boolean(), contribution: z.boolean().default(false) }),
  /**
   * The room's page of the occurrence's day (the same for everyone, signed by events: see dayPageUrl), for
   * messages read on the day such as the programme post; absent otherwise.
   */
  dayPage: z.string().url().optional(),
  /** Health alerts: the alert raised or cleared; absent otherwise. */
  alert: healthAlertView.optional(),
});

/**
 * Published by notifications when a delivery about an occurrence fails for good or is resent: how many of
 * its deliveries stand failed now. Events keeps the newest count (by `countedAt`) for its health checks.
 */
export const occurrenceDeliveriesFailed = z.object({
  occurrenceId: id,
  failed: z.number().int().min(0),
  countedAt: z.string().datetime({ offset: true }),
});

/** Internal to notifications: send one delivery (a row of the delivery log). */
export const deliveryDue = z.object({ deliveryId: id });

// Fan-out performance (issue 10): emails of one notification travel in groups.
/**
 * Internal to notifications: send a group of email deliveries of one notification (rows of the delivery
 * log, each still sent once under its own unique key). One job per group instead of one per email: what a
 * fan-out costs per email (queue round trips, loading the notification, the occurrence and the wording) is
 * paid per group.
 */
export const deliveriesDue = z.object({ deliveryIds: z.array(id).min(1).max(500) });
