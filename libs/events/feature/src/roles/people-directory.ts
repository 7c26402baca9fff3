import type { EntityManager } from '@mikro-orm/postgresql';
import type { ContributionView } from '@cercle/contracts';
import { missingPrep } from '@cercle/events-domain';
import { Contribution } from '../entities/contribution.entity';
import { MemberRef } from '../entities/member-ref.entity';
import type { Occurrence } from '../entities/occurrence.entity';
import { UseCaseError } from '@cercle/platform';

export const uniqueIds = (ids: Array<string | null>): string[] => [...new Set(ids.filter((id): id is string => !!id))];

/** Display names from events' copy of the members; an id events has not heard of yet stands for itself. */
export async function namesOf(em: EntityManager, ids: Array<string | null>): Promise<Map<string, string>> {
  const wanted = uniqueIds(ids);
  const known = wanted.length ? await em.find(MemberRef, { id: { $in: wanted } }) : [];
  const names = new Map(wanted.map((id) => [id, id]));
  for (const member of known) names.set(member.id, member.name);
  return names;
}

/**
 * The language of a person's own pages (contribution, role answer, ballot): theirs, as their messages
 * are; the community's for someone events does not know.
 */
export async function languageOf(em: EntityManager, memberId: string, communityLanguage: string | undefined): Promise<'fr' | 'en'> {
  const member = await em.findOne(MemberRef, { id: memberId });
  return member?.language ?? (communityLanguage === 'en' ? 'en' : 'fr');
}

/** Roles go to active members of the series' community only: anything else is refused with the ids at fault. */
export async function assertCommunityMembers(em: EntityManager, communityId: string, ids: Array<string | null>): Promise<void> {
  const wanted = uniqueIds(ids);
  if (!wanted.length) return;
  const found = await em.find(MemberRef, { id: { $in: wanted }, communityId, active: true });
  const missing = wanted.filter((id) => !found.some((member) => member.id === id));
  if (missing.length) {
    throw new UseCaseError('not-community-members', 422, `Not active members of this occurrence's community: ${missing.join(', ')}.`);
  }
}

/** Everyone's part in an occurrence: the guide (nothing to hand in) and each contributor with what is missing. */
export async function contributionViews(em: EntityManager, occurrence: Occurrence): Promise<ContributionView[]> {
  const contributors = occurrence.contributorMemberIds;
  const names = await namesOf(em, [occurrence.guideMemberId, ...contributors]);
  const rows = contributors.length ? await em.find(Contribution, { occurrenceId: occurrence.id, memberId: { $in: contributors } }) : [];
  const views: ContributionView[] = occurrence.guideMemberId
    ? [
        {
          memberId: occurrence.guideMemberId,
          memberName: names.get(occurrence.guideMemberId)!,
          role: 'guide',
          kind: null,
          title: null,
          materialsUrl: null,
          workshop: null,
          missing: [],
        },
      ]
    : [];
  for (const memberId of uniqueIds(contributors)) {
    const row = rows.find((r) => r.memberId === memberId) ?? null;
    views.push({
      memberId,
      memberName: names.get(memberId)!,
      role: 'contributor',
      kind: row?.kind ?? null,
      title: row?.title ?? null,
      materialsUrl: row?.materialsUrl ?? null,
      workshop: null,
      missing: missingPrep(row),
    });
  }
  return views;
}
