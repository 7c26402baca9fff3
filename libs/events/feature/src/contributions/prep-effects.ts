import { recipientsOf, type AudienceFacts, type Recipients } from '@cercle/events-domain';
import type { NotificationKind } from '@cercle/contracts';
import type { StepContext, StepEffect } from '../lifecycle/step-context';
import { audienceFacts } from '../roles/audience-facts';
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

const named = (recipients: Recipients): string[] => (recipients.type === 'members' ? recipients.memberIds : []);

/** The prep kind the audience table gives one contributor: the nudge while something is missing, else the confirmation. */
function prepKindFor(memberId: string, facts: AudienceFacts): NotificationKind | null {
  if (named(recipientsOf('prepReminder', facts)).includes(memberId)) return 'prepReminder';
  return named(recipientsOf('prepConfirmation', facts)).includes(memberId) ? 'prepConfirmation' : null;
}

/**
 * `remindContributors`: introduces the contributors to each other if that has not happened yet; then each
 * contributor gets a short confirmation when their title and materials are in and the nudge (with what is
 * missing) otherwise; the guide gets the nudge with everyone's readiness, which is what they look after.
 */
export const remindContributors: StepEffect = {
  skipReason: async (ctx) =>
    ctx.occurrence.guideMemberId || ctx.occurrence.contributorMemberIds.length || (await workshopHostViews(ctx.em, ctx.occurrence)).length
      ? null
      : 'no contributors',
  run: async (ctx) => {
    const intro = await introduceContributors(ctx.em, ctx.publish, ctx.series, ctx.occurrence);
    const { contributions, names } = await prepContext(ctx);
    const facts = await audienceFacts(ctx.em, ctx.occurrence);
    const guide = ctx.occurrence.guideMemberId;
    const sent: Record<string, number> = { prepReminder: 0, prepConfirmation: 0 };
    for (const contribution of contributions) {
      // A guide who also presents reads their own part in the guide's overview below.
      if (contribution.memberId === guide) continue;
      const kind = prepKindFor(contribution.memberId, facts);
      if (!kind) continue;
      // Each reader sees only their own part ("your contribution"), with the page to complete it.
      requestPeopleMessage(ctx.publish, ctx.series, ctx.occurrence, names, {
        kind,
        memberIds: [contribution.memberId],
        contributions: [contribution],
        contributionLink: true,
      });
      sent[kind]++;
    }
    if (guide && named(recipientsOf('prepReminder', facts)).includes(guide)) {
      requestPeopleMessage(ctx.publish, ctx.series, ctx.occurrence, names, { kind: 'prepReminder', memberIds: [guide], contributions });
    }
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
      memberIds: named(recipientsOf('readinessEscalation', await audienceFacts(ctx.em, ctx.occurrence))),
      contributions: incomplete,
    });
    return `${incomplete.length} contribution(s) not ready told to the guide (message ${id})`;
  },
};
