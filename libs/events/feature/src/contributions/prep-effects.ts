import { prepMessageKind } from '@cercle/events-domain';
import type { StepContext, StepEffect } from '../lifecycle/step-effects';
import { introduceContributors } from '../roles/contributors-intro';
import { contributionViews } from '../roles/people-directory';
import { requestPeopleMessage } from '../roles/people-notifications';
import { workshopHostViews } from '../topics/workshop-hosts';

async function prepContext(ctx: StepContext) {
  const views = [...(await contributionViews(ctx.em, ctx.occurrence)), ...(await workshopHostViews(ctx.em, ctx.occurrence))];
  const contributions = views.filter((view) => view.role === 'contributor');
  // Views include the guide, so these names cover the whole `roles` field.
  const names = new Map(views.map((view) => [view.memberId, view.memberName]));
  return { contributions, names };
}

/**
 * `remindContributors`: introduces the contributors to each other if that has not happened yet; then each
 * contributor gets a short confirmation when their title and materials are in and the nudge (with what is
 * missing) otherwise; the guide gets the nudge with everyone's readiness, which is what they look after.
 */
export const remindContributors: StepEffect = {
  skipReason: async (ctx) =>
    ctx.occurrence.guideMemberId || ctx.occurrence.contributorMemberIds.length || (await workshopHostViews(ctx.em, ctx.occurrence)).length ? null : 'no contributors',
  run: async (ctx) => {
    const intro = await introduceContributors(ctx.em, ctx.publish, ctx.series, ctx.occurrence);
    const { contributions, names } = await prepContext(ctx);
    const guide = ctx.occurrence.guideMemberId;
    const sent = { prepReminder: 0, prepConfirmation: 0 };
    for (const contribution of contributions) {
      // A guide who also presents reads their own part in the guide's overview below.
      if (contribution.memberId === guide) continue;
      const kind = prepMessageKind(contribution);
      requestPeopleMessage(ctx.publish, ctx.series, ctx.occurrence, names, { kind, memberIds: [contribution.memberId], contributions: [contribution] });
      sent[kind]++;
    }
    if (guide) requestPeopleMessage(ctx.publish, ctx.series, ctx.occurrence, names, { kind: 'prepReminder', memberIds: [guide], contributions });
    return [
      `prep reminders to ${sent.prepReminder} contributor(s), confirmations to ${sent.prepConfirmation}`,
      guide ? 'readiness overview to the guide' : 'no guide to tell',
      intro ? `contributors introduced (message ${intro})` : null,
    ]
      .filter(Boolean)
      .join('; ');
  },
};

/** `escalateReadiness`: what contributors still lack near the day goes to the guide, who has time to help. */
export const escalateReadiness: StepEffect = {
  skipReason: async (ctx) => {
    if (!ctx.occurrence.guideMemberId) return 'no guide to tell';
    if (!ctx.occurrence.contributorMemberIds.length) return 'no contributors';
    const { contributions } = await prepContext(ctx);
    return contributions.some((c) => c.missing.length) ? null : 'every contribution is ready';
  },
  run: async (ctx) => {
    const { contributions, names } = await prepContext(ctx);
    const incomplete = contributions.filter((c) => c.missing.length);
    const id = requestPeopleMessage(ctx.publish, ctx.series, ctx.occurrence, names, {
      kind: 'readinessEscalation',
      memberIds: [ctx.occurrence.guideMemberId!],
      contributions: incomplete,
    });
    return `${incomplete.length} contribution(s) not ready told to the guide (message ${id})`;
  },
};
