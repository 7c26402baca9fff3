import type { EntityManager } from '@mikro-orm/postgresql';
import type { ContributionView } from '@cercle/contracts';
import { isHostedKind, topicKindSchema } from '@cercle/events-domain';
import type { Occurrence } from '../entities/occurrence.entity';
import { TopicProposal } from '../entities/topic-proposal.entity';

const hostedKinds = topicKindSchema.options.filter(isHostedKind);

/**
 * The hosts of an occurrence's workshops: every member who proposed a workshop (from the registration form
 * or through an organiser) runs it on the day, so they are its contributors. A guest (no member id) has no
 * address here to remind; a member already named guide or contributor keeps that part and is not counted
 * twice. One view per host, with the titles of all their workshops.
 */
export async function workshopHostViews(em: EntityManager, occurrence: Occurrence): Promise<ContributionView[]> {
  const named = new Set([occurrence.guideMemberId, ...occurrence.contributorMemberIds].filter(Boolean));
  const proposals = await em.find(
    TopicProposal,
    { occurrenceId: occurrence.id, kind: { $in: hostedKinds }, memberId: { $ne: null } },
    { orderBy: { proposedAt: 'asc', id: 'asc' } },
  );
  const views = new Map<string, ContributionView>();
  for (const topic of proposals) {
    const memberId = topic.memberId!;
    if (named.has(memberId)) continue;
    const existing = views.get(memberId);
    if (existing) {
      existing.title = `${existing.title} ; ${topic.title}`;
      continue;
    }
    // A workshop needs no materials: its title is all the others need to find it on the board.
    views.set(memberId, {
      memberId,
      memberName: topic.proposerName,
      role: 'contributor',
      kind: topic.kind,
      title: topic.title,
      materialsUrl: null,
      workshop: null,
      missing: [],
    });
  }
  return [...views.values()];
}
