import type { EntityManager } from '@mikro-orm/postgresql';
import type { PayloadOf } from '@cercle/contracts';
import { Contribution } from '../entities/contribution.entity';
import { MemberRef } from '../entities/member-ref.entity';
import { OccurrenceNote } from '../entities/occurrence-note.entity';
import { RegistrationAnswer } from '../entities/registration-answer.entity';
import { RoleResponse } from '../entities/role-response.entity';
import { RotationPreference } from '../entities/rotation-preference.entity';
import { TopicProposal } from '../entities/topic-proposal.entity';
import { TopicVote } from '../entities/topic-vote.entity';
import { WorkshopScribe } from '../entities/workshop-scribe.entity';
import { occurrencesWithRolesOf } from './member-roles';

/** Everything events holds about one member, table by table, for their export. */
export async function eventsPartOf(em: EntityManager, memberId: string): Promise<PayloadOf<'member.export-part'>['data']> {
  const occurrences = await occurrencesWithRolesOf(em, memberId);
  return {
    memberCopy: await em.findOne(MemberRef, { id: memberId }),
    registrationAnswers: await em.find(RegistrationAnswer, { memberId }, { orderBy: { recordedAt: 'asc' } }),
    topicProposals: await em.find(TopicProposal, { memberId }, { orderBy: { proposedAt: 'asc' } }),
    topicVotes: await em.find(TopicVote, { memberId }, { orderBy: { votedAt: 'asc' } }),
    roles: occurrences.map((o) => ({
      occurrenceId: o.id,
      title: o.title,
      startsAt: o.startsAt,
      guide: o.guideMemberId === memberId,
      contributor: o.contributorMemberIds.includes(memberId),
      nextGuide: o.nextGuideMemberId === memberId,
      nextContributor: o.nextContributorMemberIds.includes(memberId),
    })),
    contributions: await em.find(Contribution, { memberId }, { orderBy: { updatedAt: 'asc' } }),
    roleResponses: await em.find(RoleResponse, { memberId }),
    rotationPreference: await em.findOne(RotationPreference, { memberId }),
    notesAuthored: await em.find(OccurrenceNote, { scribeMemberId: memberId }, { orderBy: { submittedAt: 'asc' } }),
    scribeAssignments: await em.find(WorkshopScribe, { memberId }, { orderBy: { assignedAt: 'asc' } }),
  };
}
