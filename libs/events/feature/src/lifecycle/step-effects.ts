import { noFacts, recipientsOf, type StepName } from '@cercle/events-domain';
import { escalateReadiness, remindContributors } from '../contributions/prep-effects';
import { archiveNotes, remindNotes } from '../notes/notes-steps';
import { audienceFacts } from '../roles/audience-facts';
import { assignNextRoles } from '../rotation/assign-next-roles';
import { announceChange, noSkip, requestFor, requestNotification, type StepContext, type StepEffect } from './step-context';

export type { StepContext, StepEffect } from './step-context';

async function participants(ctx: StepContext): Promise<string[]> {
  const recipients = recipientsOf('participantReminder', await audienceFacts(ctx.em, ctx.occurrence));
  return recipients.type === 'members' ? recipients.memberIds : [];
}

/** One entry per lifecycle step: the table wires the steps, each defined where its subject lives. */
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
  remindNotes,
  archiveNotes,
};
