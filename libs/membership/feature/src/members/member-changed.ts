import type { PayloadOf } from '@cercle/contracts';
import type { Member } from '../entities/member.entity';

/** The `member.changed` of a member as it now stands: one builder, so no publisher forgets a field. */
export function memberChangedPayload(member: Member): PayloadOf<'member.changed'> {
  return {
    memberId: member.id,
    communityId: member.communityId,
    name: member.name,
    email: member.email,
    language: member.language,
    mattermostUsername: member.mattermostUsername,
    matrixUserId: member.matrixUserId,
    active: member.active,
    guest: member.guest,
  };
}
