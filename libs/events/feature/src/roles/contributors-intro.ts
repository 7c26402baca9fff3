import type { EntityManager } from '@mikro-orm/postgresql';
import { ContributorsIntro } from '../entities/contributors-intro.entity';
import type { Occurrence } from '../entities/occurrence.entity';
import type { Series } from '../entities/series.entity';
import { contributionViews, namesOf, uniqueIds } from './people-directory';
import { Publish, requestPeopleMessage } from './people-notifications';

/**
 * Introduces the guide and the contributors of an occurrence to each other (names and titles), so they can
 * sync: once per occurrence, whoever comes first (roles set, or the prep reminders). The caller holds the
 * occurrence's row lock, so two callers cannot both find it unsent. Returns the message id, or null.
 */
export async function introduceContributors(em: EntityManager, publish: Publish, series: Series, occurrence: Occurrence): Promise<string | null> {
  if (!occurrence.contributorMemberIds.length) return null;
  if (await em.findOne(ContributorsIntro, { occurrenceId: occurrence.id })) return null;
  const memberIds = uniqueIds([occurrence.guideMemberId, ...occurrence.contributorMemberIds]);
  const names = await namesOf(em, memberIds);
  const messageId = requestPeopleMessage(publish, series, occurrence, names, {
    kind: 'contributorsIntro',
    memberIds,
    contributions: await contributionViews(em, occurrence),
  });
  em.create(ContributorsIntro, { occurrenceId: occurrence.id, messageId });
  return messageId;
}
