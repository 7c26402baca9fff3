import type { EntityManager } from '@mikro-orm/postgresql';
import { recipientsOf } from '@cercle/events-domain';
import { ContributorsIntro } from '../entities/contributors-intro.entity';
import type { Occurrence } from '../entities/occurrence.entity';
import type { Series } from '../entities/series.entity';
import { audienceFacts } from './audience-facts';
import { contributionViews, namesOf } from './people-directory';
import { Publish, requestPeopleMessage } from './people-notifications';

/**
 * Introduces the guide and the contributors of an occurrence to each other (names and titles), so they can
 * sync, when nobody has introduced them yet (their roles came with the series or the rotation, not from a
 * change the organiser made). The caller holds the occurrence's row lock, so two callers cannot both find
 * it unsent. Returns the message id, or null.
 */
export async function introduceContributors(
  em: EntityManager,
  publish: Publish,
  series: Series,
  occurrence: Occurrence,
): Promise<string | null> {
  if (!occurrence.contributorMemberIds.length) return null;
  if (await em.findOne(ContributorsIntro, { occurrenceId: occurrence.id })) return null;
  const recipients = recipientsOf('contributorsIntro', await audienceFacts(em, occurrence));
  if (recipients.type !== 'members' || !recipients.memberIds.length) return null;
  const names = await namesOf(em, recipients.memberIds);
  const messageId = requestPeopleMessage(publish, series, occurrence, names, {
    kind: 'contributorsIntro',
    memberIds: recipients.memberIds,
    contributions: await contributionViews(em, occurrence),
  });
  em.create(ContributorsIntro, { occurrenceId: occurrence.id, messageId });
  return messageId;
}
