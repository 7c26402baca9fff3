import { z } from 'zod';
import { id, occurrenceSnapshot } from './shared-schemas';

export const notificationKind = z.enum([
  'announcement',
  'registrationConfirmation',
  'prepReminder',
  'participantReminder',
  'nextRoles',
  'notesReminder',
  'notesArchive',
  'reschedule',
  'cancellation',
]);
export type NotificationKind = z.infer<typeof notificationKind>;

const audience = z.discriminatedUnion('type', [
  /** Every active member of the community (announcements, agendas). */
  z.object({ type: z.literal('community'), communityId: id }),
  /** Named members (contributors, the guide, the people chosen for the next session). */
  z.object({ type: z.literal('members'), memberIds: z.array(id).min(1) }),
]);

/**
 * Published by events or membership: tell an audience something about an occurrence. The notifications
 * service resolves recipients, preferences and channels, renders the templates and logs each delivery.
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
  roles: z.object({ guide: z.string().nullable(), contributors: z.array(z.string()) }).nullable(),
  nextRoles: z
    .object({ theme: z.string().nullable(), guide: z.string().nullable(), contributors: z.array(z.string()) })
    .nullable(),
  notes: z.array(z.object({ workshop: z.string(), scribe: z.string().nullable(), markdown: z.string() })).nullable(),
});

/** Internal to notifications: send one delivery (a row of the delivery log). */
export const deliveryDue = z.object({ deliveryId: id });
