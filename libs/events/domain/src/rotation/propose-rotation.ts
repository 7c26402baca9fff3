import { InvalidRotationRequestError } from '../errors';

export interface RotationCandidate {
  memberId: string;
  /** Offered to take the role this time. */
  volunteer: boolean;
  /** When the member last held the role; null if never. */
  lastServedAt: Date | null;
  /** Said no for this occurrence. */
  declined: boolean;
  /** Known to be absent on the date. */
  away: boolean;
}

export interface RotationRequest {
  candidates: readonly RotationCandidate[];
  count: number;
  /** Members who must not be proposed, e.g. those already holding another role in the same occurrence. */
  exclude?: readonly string[];
}

/**
 * Proposes who takes a role next: volunteers first, then whoever has waited longest (never served before
 * anyone who has). Ties are broken by member id in code-unit order, not locale order, so every replica and
 * every runtime proposes the same people. Declined, away and excluded members are never proposed.
 */
export function proposeRotation(request: RotationRequest): string[] {
  checkRequest(request);
  const excluded = new Set(request.exclude ?? []);
  return request.candidates
    .filter((candidate) => !candidate.declined && !candidate.away && !excluded.has(candidate.memberId))
    .sort(byPriority)
    .slice(0, request.count)
    .map((candidate) => candidate.memberId);
}

function byPriority(a: RotationCandidate, b: RotationCandidate): number {
  if (a.volunteer !== b.volunteer) return a.volunteer ? -1 : 1;
  // Compared, not subtracted: two never-served members would give -Infinity - -Infinity = NaN, which breaks sort.
  const waited = compare(servedTime(a), servedTime(b));
  return waited !== 0 ? waited : compare(a.memberId, b.memberId);
}

function servedTime(candidate: RotationCandidate): number {
  return candidate.lastServedAt === null ? Number.NEGATIVE_INFINITY : candidate.lastServedAt.getTime();
}

function compare<T extends number | string>(a: T, b: T): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function checkRequest(request: RotationRequest): void {
  if (!Number.isInteger(request.count) || request.count < 0) {
    throw new InvalidRotationRequestError(`count must be a non-negative integer, got ${request.count}.`);
  }
  const seen = new Set<string>();
  for (const candidate of request.candidates) {
    if (seen.has(candidate.memberId)) throw new InvalidRotationRequestError(`Member "${candidate.memberId}" is listed twice.`);
    seen.add(candidate.memberId);
    if (candidate.lastServedAt !== null && Number.isNaN(candidate.lastServedAt.getTime())) {
      throw new InvalidRotationRequestError(`Member "${candidate.memberId}" has an invalid lastServedAt.`);
    }
  }
}
