import type { EntityManager } from '@mikro-orm/postgresql';
import type { PayloadOf } from '@cercle/contracts';
import { Contribution } from '../entities/contribution.entity';
import { MemberRef } from '../entities/member-ref.entity';
import { OccurrenceNote } from '../entities/occurrence-note.entity';
import { RoleResponse } from '../entities/role-response.entity';
import { RotationPreference } from '../entities/rotation-preference.entity';
import { TopicProposal } from '../entities/topic-proposal.entity';
import { isComing, occurrencesWithRolesOf } from './member-roles';

type ErasureDone = Pick<PayloadOf<'member.erasure-done'>, 'counts' | 'guideFreedOn'>;

/**
 * Anonymises what events holds about an erased member. Rows that count (answers, votes, past roles and
 * contributions, notes) stay, under the anonymised name; what only says something about the person (their
 * rotation preference, their answers to role offers) goes. Roles on coming occurrences are freed so that
 * an organiser or rotation can give them to someone else; the report names the occurrences left without a
 * guide. Running it again changes nothing more.
 */
export async function eraseMemberInEvents(em: EntityManager, payload: PayloadOf<'member.erased'>, at: Date): Promise<ErasureDone> {
  const { memberId, anonymisedName: name } = payload;
  const counts: Record<string, number> = {
    memberCopy: await em.nativeUpdate(
      MemberRef,
      { id: memberId, $or: [{ name: { $ne: name } }, { active: true }, { email: { $ne: null } }, { mattermostUsername: { $ne: null } }] },
      { name, active: false, email: null, mattermostUsername: null },
    ),
    topicProposals: await em.nativeUpdate(TopicProposal, { memberId, proposerName: { $ne: name } }, { proposerName: name }),
    notes: await em.nativeUpdate(OccurrenceNote, { scribeMemberId: memberId, scribeName: { $ne: name } }, { scribeName: name }),
    roleResponses: await em.nativeDelete(RoleResponse, { memberId }),
    rotationPreferences: await em.nativeDelete(RotationPreference, { memberId }),
    guideRolesFreed: 0,
    nextGuideRolesFreed: 0,
    contributorRolesFreed: 0,
    contributions: 0,
  };
  const guideFreedOn: string[] = [];
  for (const occurrence of await occurrencesWithRolesOf(em, memberId)) {
    // The next session's roles recorded here are carried over later: the member must not come back with them.
    if (!['archived', 'cancelled'].includes(occurrence.status)) {
      if (occurrence.nextGuideMemberId === memberId) {
        occurrence.nextGuideMemberId = null;
        counts.nextGuideRolesFreed++;
      }
      const nextContributors = occurrence.nextContributorMemberIds.filter((id) => id !== memberId);
      if (nextContributors.length !== occurrence.nextContributorMemberIds.length) occurrence.nextContributorMemberIds = nextContributors;
    }
    if (!isComing(occurrence, at)) continue;
    if (occurrence.guideMemberId === memberId) {
      occurrence.guideMemberId = null;
      counts.guideRolesFreed++;
      guideFreedOn.push(occurrence.id);
    }
    if (occurrence.contributorMemberIds.includes(memberId)) {
      occurrence.contributorMemberIds = occurrence.contributorMemberIds.filter((id) => id !== memberId);
      counts.contributorRolesFreed++;
      counts.contributions += await em.nativeDelete(Contribution, { occurrenceId: occurrence.id, memberId });
    }
  }
  await em.flush();
  return { counts, guideFreedOn };
}
