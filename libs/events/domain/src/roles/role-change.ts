export type TeamRole = 'guide' | 'contributor';

export interface Team {
  guide: string | null;
  contributors: readonly string[];
}

export interface RoleChange {
  /** Who holds a role they did not hold before (someone moved from contributor to guide counts). */
  newlyNamed: Array<{ memberId: string; role: TeamRole }>;
  /** Who held a role and holds none now. */
  removed: Array<{ memberId: string; role: TeamRole }>;
  /** Who holds the same role as before. */
  stayed: string[];
}

function rolesOf(team: Team): Map<string, TeamRole> {
  // The guide first: messages list the team in that order.
  const roles = new Map<string, TeamRole>(team.guide ? [[team.guide, 'guide']] : []);
  for (const id of team.contributors) if (!roles.has(id)) roles.set(id, 'contributor');
  return roles;
}

export type TeamProblemCode = 'role-not-in-format' | 'guide-also-contributor' | 'contributor-named-twice';

/**
 * Why a team cannot be: a role the format does not have (an open forum has no guide), one person in two
 * roles, or named twice as contributor. Empty when it can. Each problem names the member id at fault and
 * the role concerned. `offeredRoles` are the format's role ids.
 */
export function teamProblems(
  team: Team,
  offeredRoles: readonly string[],
): Array<{ code: TeamProblemCode; memberId: string; role: TeamRole }> {
  const problems: ReturnType<typeof teamProblems> = [];
  if (team.guide && !offeredRoles.includes('guide')) problems.push({ code: 'role-not-in-format', memberId: team.guide, role: 'guide' });
  if (team.contributors.length && !offeredRoles.includes('contributor'))
    problems.push({ code: 'role-not-in-format', memberId: team.contributors[0]!, role: 'contributor' });
  const seen = new Set<string>();
  for (const id of team.contributors) {
    if (seen.has(id)) problems.push({ code: 'contributor-named-twice', memberId: id, role: 'contributor' });
    seen.add(id);
  }
  if (team.guide && seen.has(team.guide)) problems.push({ code: 'guide-also-contributor', memberId: team.guide, role: 'guide' });
  return problems;
}

/** Who is newly named, who lost their role and who stays, between two teams of one occurrence (in the new team's order). */
export function roleChange(before: Team, after: Team): RoleChange {
  const was = rolesOf(before);
  const now = rolesOf(after);
  const change: RoleChange = { newlyNamed: [], removed: [], stayed: [] };
  for (const [memberId, role] of now) {
    if (was.get(memberId) === role) change.stayed.push(memberId);
    else change.newlyNamed.push({ memberId, role });
  }
  for (const [memberId, role] of was) if (!now.has(memberId)) change.removed.push({ memberId, role });
  return change;
}
