/**
 * Queue names are frozen: renaming one strands the jobs already waiting in it (on Redis and in the
 * PostgreSQL backend alike). Add a new queue and drain the old one instead.
 *
 * Each service consumes its own inbox queue; the two internal queues carry work a service schedules
 * for itself (lifecycle steps, per-recipient deliveries) so that it can be retried independently.
 */
export const QueueName = {
  /** Messages for the events service (series, occurrences, topics, notes). */
  Events: 'events',
  /** Delayed lifecycle steps of occurrences; job ids are deterministic (see lifecycleStepJobId). */
  EventsLifecycle: 'events-lifecycle',
  /** Messages for the membership service (communities, members, registrations). */
  Membership: 'membership',
  /** Messages for the notifications service (what to tell whom). */
  Notifications: 'notifications',
  /** One job per (notification, recipient, channel): the unit that is sent, retried and logged. */
  NotificationsDelivery: 'notifications-delivery',
} as const;

export type QueueName = (typeof QueueName)[keyof typeof QueueName];

/** BullMQ refuses custom job ids containing ':' (its Redis key separator); keep ids to this alphabet. */
export const JOB_ID_PATTERN = /^[A-Za-z0-9._-]+$/;

export function assertJobId(id: string): string {
  if (!JOB_ID_PATTERN.test(id)) throw new Error(`Invalid job id "${id}": only letters, digits, '.', '_' and '-' are allowed`);
  return id;
}
