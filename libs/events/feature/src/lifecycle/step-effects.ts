import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { MessageName, PayloadOf } from '@cercle/contracts';
import type { StepName } from '@cercle/events-domain';
import { OccurrenceNote } from '../entities/occurrence-note.entity';
import type { Occurrence } from '../entities/occurrence.entity';
import type { Series } from '../entities/series.entity';
import { occurrenceFacts } from './occurrence-facts';
import { registrantIds } from './registrants';
import { occurrenceChangedPayload, occurrenceSnapshot } from './occurrence-messages';

/** What a step may use: the locked occurrence (status already moved when the step is done), and the outbox. */
export interface StepContext {
  em: EntityManager;
  series: Series;
  occurrence: Occurrence;
  publish<N extends MessageName>(name: N, payload: PayloadOf<N>): string;
  /** Plans the series' next occurrence with the roles recorded at this one; says what it did. */
  planNext(): Promise<string>;
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

type Optional = 'roles' | 'nextRoles' | 'notes' | 'contributions' | 'registration' | 'deadline' | 'links';
export type Notification = Omit<PayloadOf<'notification.requested'>, 'notificationId' | 'occurrence' | Optional> &
  Partial<Pick<PayloadOf<'notification.requested'>, Optional>>;

export function requestNotification(ctx: StepContext, notification: Notification): string {
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

const unique = (ids: Array<string | null>): string[] => [...new Set(ids.filter((id): id is string => !!id))];

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
  remindContributors: {
    skipReason: (ctx) => (unique([ctx.occurrence.guideMemberId, ...ctx.occurrence.contributorMemberIds]).length ? null : 'no contributors'),
    run: (ctx) => {
      const memberIds = unique([ctx.occurrence.guideMemberId, ...ctx.occurrence.contributorMemberIds]);
      const id = requestNotification(ctx, {
        kind: 'prepReminder',
        audience: { type: 'members', memberIds },
        emails: true,
        channelPost: false,
        directMessages: true,
      });
      return `prep reminder requested for ${memberIds.length} member(s) (message ${id})`;
    },
  },
  escalateReadiness: { skipReason: () => 'not yet implemented (contributions and readiness)', run: () => '' },
  remindParticipants: {
    skipReason: async (ctx) => ((await registrantIds(ctx.em, ctx.occurrence.id, { waitlisted: false })).length ? null : 'nobody registered (yes or maybe)'),
    run: async (ctx) => {
      const memberIds = await registrantIds(ctx.em, ctx.occurrence.id, { waitlisted: false });
      // The snapshot carries the theme and the agenda with real times; the register link lets people change their answer.
      const id = requestNotification(ctx, {
        kind: 'participantReminder',
        audience: { type: 'members', memberIds },
        emails: true,
        channelPost: false,
        directMessages: false,
        links: { register: true, notes: false, roleResponse: false },
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
      const agenda = requestNotification(ctx, {
        kind: 'agenda',
        audience: { type: 'community', communityId: ctx.series.communityId },
        emails: false,
        channelPost: true,
        directMessages: false,
      });
      const planned = await ctx.topUpHorizon();
      return `occurrence held (message ${changed}); agenda posted (message ${agenda}); ${planned} occurrence(s) planned to keep the horizon`;
    },
  },
  assignNextRoles: {
    skipReason: noSkip,
    run: async (ctx) => {
      const { occurrence } = ctx;
      const people = unique([occurrence.nextGuideMemberId, ...occurrence.nextContributorMemberIds]);
      let told = 'no next roles recorded';
      if (occurrence.nextRolesRecordedAt && people.length) {
        const id = requestNotification(ctx, {
          kind: 'nextRoles',
          audience: { type: 'members', memberIds: people },
          emails: true,
          channelPost: false,
          directMessages: true,
          nextRoles: { theme: occurrence.nextTheme, guide: null, contributors: [] },
        });
        told = `next roles told to ${people.length} member(s) (message ${id})`;
      } else if (occurrence.nextRolesRecordedAt) {
        told = 'next theme recorded, nobody to tell';
      }
      return `${told}; ${await ctx.planNext()}`;
    },
  },
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
