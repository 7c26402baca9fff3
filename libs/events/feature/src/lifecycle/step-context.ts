import type { EntityManager } from '@mikro-orm/postgresql';
import type { MessageName, NotificationKind, OccurrenceSnapshot, PayloadOf } from '@cercle/contracts';
import { recipientsOf, type AudienceFacts } from '@cercle/events-domain';
import type { Occurrence } from '../entities/occurrence.entity';
import type { Series } from '../entities/series.entity';
import { audienceOf } from './audience';
import { notificationRequest, type Notification } from './notification-request';
import { occurrenceFacts } from './occurrence-facts';
import { occurrenceChangedPayload, occurrenceSnapshot } from './occurrence-messages';

// What every lifecycle step stands on, below the step table (step-effects.ts) and the steps it wires
// (prep, rotation, notes): they import this file, and the table imports them.

/** What a step may use: the locked occurrence (status already moved when the step is done), and the outbox. */
export interface StepContext {
  em: EntityManager;
  series: Series;
  occurrence: Occurrence;
  publish<N extends MessageName>(name: N, payload: PayloadOf<N>): string;
  /** Plans the series' next occurrence with the roles recorded at this one; says what it did. */
  planNext(): Promise<string>;
  /** The occurrence's topics as messages carry them (proposals, votes order, programme). */
  topics: OccurrenceSnapshot['topics'];
  /** Guide, contributors and scribes by name, as every message of the occurrence shows them. */
  roles: NonNullable<PayloadOf<'notification.requested'>['roles']>;
  /** Plans what the series' rolling horizon lacks; returns how many occurrences it planned. */
  topUpHorizon(): Promise<number>;
}

/**
 * One entry per lifecycle step. `skipReason` decides first (a skip is visible in the timeline with its
 * reason, and does not move the status); `run` then acts, through the outbox only, and says what it did.
 */
export interface StepEffect {
  skipReason(ctx: StepContext): Promise<string | null> | string | null;
  run(ctx: StepContext): Promise<string> | string;
}

export type { Notification } from './notification-request';

/** Requests a notification about the step's occurrence, with its topics and its roles by name. */
export function requestNotification(ctx: StepContext, notification: Notification): string {
  const occurrence = occurrenceSnapshot(occurrenceFacts(ctx.series, ctx.occurrence, ctx.topics));
  return ctx.publish('notification.requested', notificationRequest(occurrence, { roles: ctx.roles, ...notification }));
}

/**
 * Requests `kind` for whoever the audience table names, given the facts, on the kind's channels; null
 * (and nothing sent) when that is nobody.
 */
export function requestFor(
  ctx: StepContext,
  kind: NotificationKind,
  facts: AudienceFacts,
  notification: Omit<Notification, 'kind' | 'audience'> = {},
): string | null {
  const audience = audienceOf(recipientsOf(kind, facts), ctx.series.communityId);
  return audience ? requestNotification(ctx, { kind, audience, ...notification }) : null;
}

/** Tells the other services the occurrence's state moved (registration open or closed, held, archived). */
export function announceChange(ctx: StepContext): string {
  return ctx.publish('occurrence.changed', occurrenceChangedPayload(occurrenceFacts(ctx.series, ctx.occurrence)));
}

/** For a step that always runs. */
export const noSkip = () => null;
