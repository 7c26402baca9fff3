import type { EntityManager } from '@mikro-orm/postgresql';
import type { Occurrence } from '../entities/occurrence.entity';
import type { Series } from '../entities/series.entity';
import { namesOf } from '../roles/people-directory';
import { Publish, requestPeopleMessage } from '../roles/people-notifications';
import { nextSession } from './next-occurrence';

/**
 * Tells people they were chosen for the next session (its date, theme, guide, contributors by name), each with their
 * own signed accept/decline link (notifications signs it: purpose role-response, subject = `source`).
 */
export async function tellChosen(
  em: EntityManager,
  publish: Publish,
  series: Series,
  source: Occurrence,
  memberIds: string[],
): Promise<string> {
  const next = await nextSession(em, series, source);
  const names = await namesOf(em, [
    source.guideMemberId,
    ...source.contributorMemberIds,
    source.nextGuideMemberId,
    ...source.nextContributorMemberIds,
  ]);
  return requestPeopleMessage(publish, series, source, names, {
    kind: 'nextRoles',
    memberIds,
    nextRoles: {
      theme: source.nextTheme,
      guide: source.nextGuideMemberId ? names.get(source.nextGuideMemberId)! : null,
      contributors: source.nextContributorMemberIds.map((id) => names.get(id)!),
      startsAt: next ? next.startsAt.toISOString() : null,
    },
    roleResponseLink: true,
  });
}
