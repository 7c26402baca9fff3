import type { EntityManager } from '@mikro-orm/postgresql';
import type { RotationMember } from '@cercle/events-domain';
import { MemberRef } from '../entities/member-ref.entity';
import { Occurrence } from '../entities/occurrence.entity';
import { RoleResponse } from '../entities/role-response.entity';
import { RotationPreference } from '../entities/rotation-preference.entity';
import type { Series } from '../entities/series.entity';

/**
 * The community's active members (guests are not asked to serve) as rotation sees them for the session after `source`: volunteering and time
 * away from their preferences, when they last served (as guide or contributor) in the series up to `source`,
 * and whether they declined a role for that session.
 */
export async function rotationMembers(em: EntityManager, series: Series, source: Occurrence): Promise<RotationMember[]> {
  // One after the other: inside a transaction the queries share one connection, which cannot run two at once.
  const members = await em.find(MemberRef, { communityId: series.communityId, active: true, guest: false });
  const history = await em.find(Occurrence, { seriesId: series.id, startsAt: { $lte: source.startsAt }, status: { $ne: 'cancelled' } });
  const declined = await em.find(RoleResponse, { occurrenceId: source.id, answer: 'declined' });
  const preferences = members.length ? await em.find(RotationPreference, { memberId: { $in: members.map((m) => m.id) } }) : [];
  const lastServed = new Map<string, Date>();
  for (const occurrence of history) {
    for (const memberId of [occurrence.guideMemberId, ...occurrence.contributorMemberIds]) {
      if (!memberId) continue;
      const previous = lastServed.get(memberId);
      if (!previous || previous < occurrence.startsAt) lastServed.set(memberId, occurrence.startsAt);
    }
  }
  return members.map((member) => {
    const preference = preferences.find((p) => p.memberId === member.id);
    return {
      memberId: member.id,
      volunteer: preference?.volunteer ?? false,
      awayUntil: preference?.awayUntil ?? null,
      lastServedAt: lastServed.get(member.id) ?? null,
      declined: declined.some((row) => row.memberId === member.id),
    };
  });
}
