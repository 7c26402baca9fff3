import { proposeRotation, RotationCandidate } from './propose-rotation';

/** A member of the community as rotation sees them for one next session. */
export interface RotationMember {
  memberId: string;
  volunteer: boolean;
  /** Last local date (YYYY-MM-DD) the member is away, inclusive; null when not away. */
  awayUntil: string | null;
  /** When the member last held a role (guide or contributor) in the series; null if never. */
  lastServedAt: Date | null;
  /** Declined a role for this next session. */
  declined: boolean;
}

export interface NextRolesProposal {
  guideMemberId: string | null;
  contributorMemberIds: string[];
}

/** Away on the session's local date (YYYY-MM-DD strings compare in calendar order). */
export function isAway(member: Pick<RotationMember, 'awayUntil'>, sessionDate: string): boolean {
  return member.awayUntil !== null && member.awayUntil >= sessionDate;
}

function candidates(members: readonly RotationMember[], sessionDate: string): RotationCandidate[] {
  return members.map(({ memberId, volunteer, lastServedAt, declined, awayUntil }) => ({
    memberId,
    volunteer,
    lastServedAt,
    declined,
    away: isAway({ awayUntil }, sessionDate),
  }));
}

/**
 * The fair proposal for the next session: the guide first (one person), then `contributors` people among the
 * rest, each by the rotation rule (volunteers, then whoever waited longest; nobody who declined or is away).
 * `withGuide` is false for a format without the guide role (an open forum): contributors only.
 */
export function proposeNextRoles(
  members: readonly RotationMember[],
  sessionDate: string,
  contributors: number,
  withGuide = true,
): NextRolesProposal {
  const pool = candidates(members, sessionDate);
  const [guide = null] = withGuide ? proposeRotation({ candidates: pool, count: 1 }) : [];
  const contributorMemberIds = proposeRotation({ candidates: pool, count: contributors, exclude: guide ? [guide] : [] });
  return { guideMemberId: guide, contributorMemberIds };
}

/** The next person to ask for a role someone declined; `holding` are the people already asked for the session. */
export function proposeReplacement(members: readonly RotationMember[], sessionDate: string, holding: readonly string[]): string | null {
  return proposeRotation({ candidates: candidates(members, sessionDate), count: 1, exclude: holding })[0] ?? null;
}
