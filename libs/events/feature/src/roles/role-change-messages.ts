import type { EntityManager } from '@mikro-orm/postgresql';
import type { ContributionView } from '@cercle/contracts';
import { noFacts, recipientsOf, type Recipients, type RoleChange } from '@cercle/events-domain';
import { ContributorsIntro } from '../entities/contributors-intro.entity';
import type { Occurrence } from '../entities/occurrence.entity';
import type { Series } from '../entities/series.entity';
import { audienceFacts } from './audience-facts';
import { contributionViews, namesOf } from './people-directory';
import { Publish, requestPeopleMessage } from './people-notifications';

export interface RoleChangeMessages {
  roleAssigned: string[];
  roleRemoved: string[];
  contributorsIntro: string | null;
}

const named = (recipients: Recipients): string[] => (recipients.type === 'members' ? recipients.memberIds : []);

/**
 * Tells a change of team, in the caller's transaction: each newly named person their role and the team
 * (their own part first, with their contribution page when they contribute), each removed person that
 * they are no longer expected, and everyone who stays the team as it now stands. Once anyone has been
 * introduced, the prep step does not introduce the team again. After the day, nobody is told.
 */
export async function tellRoleChange(
  em: EntityManager,
  publish: Publish,
  series: Series,
  occurrence: Occurrence,
  change: RoleChange,
): Promise<RoleChangeMessages> {
  const told: RoleChangeMessages = { roleAssigned: [], roleRemoved: [], contributorsIntro: null };
  if (!change.newlyNamed.length && !change.removed.length) return told;
  // Once the occurrence has taken place, a change only corrects the record: nobody has anything to prepare.
  if (occurrence.status === 'held' || occurrence.status === 'archived') return told;
  const team = await contributionViews(em, occurrence);
  const names = await namesOf(em, [...team.map((v) => v.memberId), ...change.removed.map((r) => r.memberId)]);
  const facts = await audienceFacts(em, occurrence, {
    newlyNamed: change.newlyNamed.map((n) => n.memberId),
    removed: change.removed.map((r) => r.memberId),
  });

  for (const memberId of named(recipientsOf('roleAssigned', facts))) {
    const own = team.find((view) => view.memberId === memberId)!;
    told.roleAssigned.push(
      requestPeopleMessage(publish, series, occurrence, names, {
        kind: 'roleAssigned',
        memberIds: [memberId],
        contributions: [own, ...team.filter((view) => view !== own)],
        contributionLink: own.role === 'contributor',
      }),
    );
  }
  for (const memberId of named(recipientsOf('roleRemoved', { ...noFacts, removed: facts.removed }))) {
    const role = change.removed.find((r) => r.memberId === memberId)!.role;
    const former: ContributionView = {
      memberId,
      memberName: names.get(memberId)!,
      role,
      kind: null,
      title: null,
      materialsUrl: null,
      workshop: null,
      missing: [],
    };
    told.roleRemoved.push(
      requestPeopleMessage(publish, series, occurrence, names, { kind: 'roleRemoved', memberIds: [memberId], contributions: [former] }),
    );
  }
  const stayed = named(recipientsOf('contributorsIntro', facts));
  // Someone alone in the team has nobody to be introduced to.
  if (stayed.length && team.length > 1) {
    told.contributorsIntro = requestPeopleMessage(publish, series, occurrence, names, {
      kind: 'contributorsIntro',
      memberIds: stayed,
      contributions: team,
    });
  }
  const first = told.roleAssigned[0] ?? told.contributorsIntro;
  if (first && !(await em.findOne(ContributorsIntro, { occurrenceId: occurrence.id })))
    em.create(ContributorsIntro, { occurrenceId: occurrence.id, messageId: first });
  return told;
}
