import type { MessageName } from './message-catalog';

export interface JobPolicy {
  attempts: number;
  /** `jitter` (0–1, BullMQ): each wait is drawn from [delay·(1−jitter), delay], so retries after an outage spread out. */
  backoff: { type: 'exponential' | 'fixed'; delay: number; jitter?: number };
  /** Kept so that a re-enqueue of the same job id within this window is de-duplicated by BullMQ. */
  keepCompleted: { age: number; count: number };
  keepFailed: { age: number };
}

const day = 24 * 3600;

/**
 * Retry policy per message, decided here and nowhere else. Consumers are idempotent, so a retry after a
 * partial failure is safe. Deliveries retry longest: an SMTP or Mattermost outage should not lose mail.
 */
export function jobPolicyFor(name: MessageName): JobPolicy {
  const base: JobPolicy = {
    attempts: 8,
    backoff: { type: 'exponential', delay: 1000 },
    keepCompleted: { age: 7 * day, count: 50000 },
    keepFailed: { age: 30 * day },
  };
  switch (name) {
    case 'delivery.due':
    case 'deliveries.due':
      return { ...base, attempts: 12, backoff: { type: 'exponential', delay: 2000, jitter: 0.5 } };
    case 'lifecycle.step-due':
      return { ...base, attempts: 10 };
    default:
      return base;
  }
}
