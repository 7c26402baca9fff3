import type { AccessResolvers } from '@cercle/platform';
import { Member } from '../entities/member.entity';
import { OccurrenceRef } from '../entities/occurrence-ref.entity';

/** How membership traces what its organiser routes act on to a community (see the access table). */
export const membershipAccess: AccessResolvers = {
  member: async (em, memberId) => (await em.findOne(Member, { id: memberId }, { fields: ['communityId'] }))?.communityId ?? null,
  occurrence: async (em, occurrenceId) =>
    (await em.findOne(OccurrenceRef, { id: occurrenceId }, { fields: ['communityId'] }))?.communityId ?? null,
};
