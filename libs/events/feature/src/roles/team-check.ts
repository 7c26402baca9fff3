import type { EntityManager } from '@mikro-orm/postgresql';
import { teamProblems, type Team, type TeamProblemCode } from '@cercle/events-domain';
import type { Series } from '../entities/series.entity';
import { UseCaseError } from '@cercle/platform';
import { formatOf } from '../lifecycle/occurrence-facts';
import { assertCommunityMembers, namesOf } from './people-directory';

const PROBLEMS: Record<TeamProblemCode, (name: string, role: string, format: { name: string; roles: string[] }) => string> = {
  'role-not-in-format': (name, role, format) =>
    `${name} cannot be ${role}: the format "${format.name}" has no ${role} role (its roles: ${format.roles.join(', ')}).`,
  'guide-also-contributor': (name) => `${name} cannot be both guide and contributor of this occurrence: give them one role.`,
  'contributor-named-twice': (name) => `${name} is named twice as contributor: name each person once.`,
};

/**
 * A team for an occurrence of this series, or for its next session: only roles the series' format has
 * (an open forum has no guide), one role per person, each named once, and active members of the
 * community. Else 422 naming who and why, before anyone is told anything.
 */
export async function assertTeamFits(em: EntityManager, series: Series, team: Team): Promise<void> {
  const format = formatOf(series);
  const roles = format.roles.map((role) => role.id);
  const [problem] = teamProblems(team, roles);
  if (problem) {
    const names = await namesOf(em, [problem.memberId]);
    const who = `${names.get(problem.memberId)} (${problem.memberId})`;
    throw new UseCaseError(problem.code, 422, PROBLEMS[problem.code](who, problem.role, { name: format.name.en, roles }), {
      role: problem.role,
      memberId: problem.memberId,
      formatRoles: roles,
    });
  }
  await assertCommunityMembers(em, series.communityId, [team.guide, ...team.contributors]);
}
