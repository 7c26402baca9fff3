import type { DoublePost, MattermostDouble } from '@cercle/dev-servers';
import type { DemoMember } from './community';
import type { OccurrenceContext } from './occurrence-context';
import { settle } from './settle';

/**
 * Members act from the chat, as Mattermost would call Cercle: one clicks « Peut-être » on the announcement,
 * one votes from the ballot `/cercle votes` shows, a contributor confirms with `/cercle prêt`. Each counts
 * once its outcome reads back from the services (membership's registrations, events' topics and readiness).
 */
export async function actFromChat(
  double: MattermostDouble,
  channelId: string,
  ctx: OccurrenceContext,
  people: { clicker: DemoMember; voter: DemoMember; contributor: DemoMember | null },
): Promise<number> {
  const { api, occurrenceId, log } = ctx;
  const userOf = (member: DemoMember) => {
    const user = double.users().find((u) => u.email === member.email)!;
    double.addMember(channelId, user.id);
    return user;
  };
  let done = 0;

  const post = await settle(() => announcementOf(double, channelId, occurrenceId), 'the announcement with its buttons', 60000);
  await double.clickButton({ userId: userOf(people.clicker).id, postId: post.id, actionId: 'cerclemaybe' });
  await settle(
    async () =>
      ((await api.get(`/registrations/${occurrenceId}`)).registrations as Array<{ memberId: string; answer: string }>).some(
        (r) => r.memberId === people.clicker.id && r.answer === 'maybe',
      ),
    'the answer clicked in the chat',
  );
  done++;

  const voter = userOf(people.voter);
  const ballot = await double.runSlashCommand({ userId: voter.id, channelId, command: '/cercle votes' });
  const button = ((ballot.ephemeral?.props.attachments ?? []) as Array<{ actions: Array<{ id: string }> }>)[0]?.actions[0];
  if (button) {
    const votesBefore = await totalVotes(ctx);
    await double.clickButton({ userId: voter.id, postId: ballot.ephemeral!.id, actionId: button.id });
    if ((await totalVotes(ctx)) === votesBefore + 1) done++;
  }

  if (people.contributor) {
    // `/cercle prêt` counts only once the title and materials are in, as given on the contribution page.
    await api.request('PUT', `/occurrences/${occurrenceId}/contributions/${people.contributor.id}`, {
      title: 'Retour d’expérience',
      materialsUrl: 'https://example.org/supports',
    });
    await double.runSlashCommand({ userId: userOf(people.contributor).id, channelId, command: '/cercle prêt' });
    const readiness = await api.get(`/occurrences/${occurrenceId}/readiness`);
    const mine = readiness.contributions.find((c: { memberId: string }) => c.memberId === people.contributor!.id);
    if (mine?.prepStatus === 'ready') done++;
  }
  log(`  ${done} action(s) depuis Mattermost (bouton, vote, /cercle prêt)`);
  return done;
}

function announcementOf(double: MattermostDouble, channelId: string, occurrenceId: string): DoublePost | undefined {
  return double.posts({ channelId }).find((p) => {
    const attachments = Array.isArray(p.props.attachments)
      ? (p.props.attachments as Array<{ actions?: Array<{ integration?: { context?: { occurrenceId?: string } } }> }>)
      : [];
    return attachments.some((a) => a.actions?.some((action) => action.integration?.context?.occurrenceId === occurrenceId));
  });
}

async function totalVotes(ctx: OccurrenceContext): Promise<number> {
  const topics = (await ctx.api.get(`/occurrences/${ctx.occurrenceId}/topics`)) as Array<{ votes: number }>;
  return topics.reduce((n, t) => n + t.votes, 0);
}
