import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { MessageName, PayloadOf } from '@cercle/contracts';
import type { StepName } from '@cercle/events-domain';
import { escalateReadiness, remindContributors } from '../contributions/prep-effects';
import { OccurrenceNote } from '../entities/occurrence-note.entity';
import { assignNextRoles } from '../rotation/assign-next-roles';
import type { Occurrence } from '../entities/occurrence.entity';
import type { Series } from '../entities/series.entity';
import { occurrenceFacts } from './occurrence-facts';
import { occurrenceChangedPayload, occurrenceSnapshot } from './occurrence-messages';

/** What a step may use: the locked occurrence (status already moved when the step is done), and the outbox. */
export interface StepContext {
  em: EntityManager;
  series: Series;
  occurrence: Occurrence;
  publish<N extends MessageName>(name: N, payload: PayloadOf<N>): string;
  /** Plans the series' next occurrence with the roles recorded at this one; says what it did. */
  planNext(): Promise<string>;
}

/**
 * One entry per lifecycle step. `skipReason` decides first (a skip is visible in the timeline with its
 * reason, and does not move the status); `run` then acts, through the outbox only, and says what it did.
 */
export interface StepEffect {
  skipReason(ctx: StepContext): Promise<string | null> | string | null;
  run(ctx: StepContext): Promise<string> | string;
}

type Optional = 'roles' | 'nextRoles' | 'notes' | 'contributions' | 'registration' | 'deadline' | 'links';
type Notification = Omit<PayloadOf<'notification.requested'>, 'notificationId' | 'occurrence' | Optional> &
  Partial<Pick<PayloadOf<'notification.requested'>, Optional>>;

function requestNotification(ctx: StepContext, notification: Notification): string {
  return ctx.publish('notification.requested', {
    notificationId: randomUUID(),
    occurrence: occurrenceSnapshot(occurrenceFacts(ctx.series, ctx.occurrence)),
    // Events knows member ids, not names: display strings stay null until names travel with the roles.
    roles: null,
    nextRoles: null,
    notes: null,
    contributions: null,
    registration: null,
    deadline: null,
    links: { register: notification.kind === 'announcement', notes: false, roleResponse: false },
    ...notification,
  });
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
      const id = requestNotification(ctx, {
        kind: 'announcement',
        audience: { type: 'community', communityId: ctx.series.communityId },
        emails: true,
        channelPost: true,
        directMessages: false,
      });
      announceChange(ctx);
      return `announcement requested (message ${id}); registration open`;
    },
  },
  remindContributors,
  escalateReadiness,
  remindParticipants: { skipReason: () => 'not yet implemented (issue: lifecycle engine)', run: () => '' },
  closeRegistration: {
    skipReason: noSkip,
    run: (ctx) => `registration closed (message ${announceChange(ctx)})`,
  },
  hold: { skipReason: noSkip, run: (ctx) => `occurrence held (message ${announceChange(ctx)})` },
  assignNextRoles,
  remindNotes: { skipReason: () => 'not yet implemented', run: () => '' },
  archiveNotes: {
    skipReason: async (ctx) => ((await ctx.em.count(OccurrenceNote, { occurrenceId: ctx.occurrence.id })) ? null : 'no notes submitted'),
    run: async (ctx) => {
      const notes = await ctx.em.find(OccurrenceNote, { occurrenceId: ctx.occurrence.id }, { orderBy: { workshop: 'asc' } });
      const guide = ctx.occurrence.guideMemberId;
      const id = requestNotification(ctx, {
        kind: 'notesArchive',
        audience: guide ? { type: 'members', memberIds: [guide] } : { type: 'community', communityId: ctx.series.communityId },
        emails: false,
        channelPost: true,
        directMessages: false,
        notes: notes.map((note) => ({ workshop: note.workshop, scribe: note.scribeName, markdown: note.markdown })),
      });
      announceChange(ctx);
      return `notes of ${notes.length} workshop(s) archived (message ${id})`;
    },
  },
};
