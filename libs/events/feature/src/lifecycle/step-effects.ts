import type { EntityManager } from '@mikro-orm/postgresql';
import type { MessageName, NotificationKind, OccurrenceSnapshot, PayloadOf } from '@cercle/contracts';
import { noFacts, recipientsOf, type AudienceFacts, type StepName } from '@cercle/events-domain';
import { escalateReadiness, remindContributors } from '../contributions/prep-effects';
import { assignNextRoles } from '../rotation/assign-next-roles';
import type { Occurrence } from '../entities/occurrence.entity';
import type { Series } from '../entities/series.entity';
import { archiveNotesEffect, remindNotesEffect } from '../notes/notes-steps';
import { notificationRequest, type Notification } from './notification-request';
import { occurrenceFacts } from './occurrence-facts';
import { audienceFacts } from '../roles/audience-facts';
import { audienceOf } from './audience';
import { occurrenceChangedPayload, occurrenceSnapshot } from './occurrence-messages';

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
export function requestFor(ctx: StepContext, kind: NotificationKind, facts: AudienceFacts, notification: Omit<Notification, 'kind' | 'audience'> = {}): string | null {
  const audience = audienceOf(recipientsOf(kind, facts), ctx.series.communityId);
  return audience ? requestNotification(ctx, { kind, audience, ...notification }) : null;
}

async function participants(ctx: StepContext): Promise<string[]> {
  const recipients = recipientsOf('participantReminder', await audienceFacts(ctx.em, ctx.occurrence));
  return recipients.type === 'members' ? recipients.memberIds : [];
}

function announceChange(ctx: StepContext): string {
  return ctx.publish('occurrence.changed', occurrenceChangedPayload(occurrenceFacts(ctx.series, ctx.occurrence)));
}

const noSkip = () => null;

export const stepEffects: Record<StepName, StepEffect> = {
  plan: { skipReason: noSkip, run: () => 'occurrence planned' },
  announce: {
    skipReason: noSkip,
    run: (ctx) => {
      const id = requestFor(ctx, 'announcement', noFacts);
      announceChange(ctx);
      return `announcement requested (message ${id}); registration open`;
    },
  },
  remindContributors,
  escalateReadiness,
  remindParticipants: {
    skipReason: async (ctx) => ((await participants(ctx)).length ? null : 'nobody registered (yes or maybe)'),
    run: async (ctx) => {
      const memberIds = await participants(ctx);
      // The snapshot carries the theme and the agenda with real times; the register link lets people change their answer.
      const id = requestNotification(ctx, {
        kind: 'participantReminder',
        audience: { type: 'members', memberIds },
        links: { register: true, notes: false, roleResponse: false, contribution: false },
      });
      return `participant reminder requested for ${memberIds.length} member(s) (message ${id})`;
    },
  },
  closeRegistration: {
    skipReason: noSkip,
    run: (ctx) => `registration closed (message ${announceChange(ctx)})`,
  },
  hold: {
    skipReason: noSkip,
    run: async (ctx) => {
      const changed = announceChange(ctx);
      // The agenda with real times goes to the channel when the occurrence starts (the agenda is final then).
      const agenda = requestFor(ctx, 'agenda', noFacts);
      const planned = await ctx.topUpHorizon();
      return `occurrence held (message ${changed}); agenda posted (message ${agenda}); ${planned} occurrence(s) planned to keep the horizon`;
    },
  },
  assignNextRoles,
  remindNotes: remindNotesEffect(requestNotification),
  archiveNotes: archiveNotesEffect(requestNotification, announceChange),
};
