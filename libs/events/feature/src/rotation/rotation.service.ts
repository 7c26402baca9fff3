import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { isAway, proposeNextRoles } from '@cercle/events-domain';
import { MemberRef } from '../entities/member-ref.entity';
import { Occurrence } from '../entities/occurrence.entity';
import { RotationPreference } from '../entities/rotation-preference.entity';
import { Series } from '../entities/series.entity';
import type { NextRolesBody } from './rotation.schemas';
import { formatOf } from '../lifecycle/occurrence-facts';
import { namesOf } from '../roles/people-directory';
import { assertTeamFits } from '../roles/team-check';
import { findNextOccurrence, nextSessionDate } from './next-occurrence';
import { rotationMembers } from './rotation-members';
import { CLOCK, Clock, notFound } from '@cercle/platform';

/** The fair rotation proposal for the session after an occurrence, and members' volunteering and absences. */
@Injectable()
export class RotationService {
  constructor(
    private readonly em: EntityManager,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** `contributors` defaults to as many as this occurrence has (at least one). */
  async proposal(occurrenceId: string, contributors?: number) {
    const em = this.em.fork();
    const occurrence = await em.findOne(Occurrence, { id: occurrenceId });
    if (!occurrence) throw notFound('occurrence', occurrenceId);
    const series = await em.findOneOrFail(Series, { id: occurrence.seriesId });
    const sessionDate = await nextSessionDate(em, series, occurrence);
    const members = await rotationMembers(em, series, occurrence);
    const count = contributors ?? Math.max(1, occurrence.contributorMemberIds.length);
    const withGuide = formatOf(series).roles.some((role) => role.id === 'guide');
    const proposed = sessionDate
      ? proposeNextRoles(members, sessionDate, count, withGuide)
      : { guideMemberId: null, contributorMemberIds: [] };
    const names = await namesOf(
      em,
      members.map((m) => m.memberId),
    );
    const person = (memberId: string) => ({ memberId, name: names.get(memberId)! });
    return {
      sessionDate,
      nextOccurrenceId: (await findNextOccurrence(em, occurrence))?.id ?? null,
      guide: proposed.guideMemberId ? person(proposed.guideMemberId) : null,
      contributors: proposed.contributorMemberIds.map(person),
      volunteers: members.filter((m) => m.volunteer).map((m) => person(m.memberId)),
      declined: members.filter((m) => m.declined).map((m) => person(m.memberId)),
      away: sessionDate ? members.filter((m) => isAway(m, sessionDate)).map((m) => person(m.memberId)) : [],
    };
  }

  /** The next roles to record: the proposal when accepted, else the organiser's, checked against the community. */
  async resolveNextRoles(occurrenceId: string, body: NextRolesBody): Promise<NextRolesBody> {
    const em = this.em.fork();
    const occurrence = await em.findOne(Occurrence, { id: occurrenceId });
    if (!occurrence) throw notFound('occurrence', occurrenceId);
    const series = await em.findOneOrFail(Series, { id: occurrence.seriesId });
    if (body.acceptProposal) {
      // The proposal fills only the roles the format has (no guide at an open forum).
      const proposal = await this.proposal(occurrenceId, body.contributorCount);
      return {
        ...body,
        guideMemberId: proposal.guide?.memberId ?? null,
        contributorMemberIds: proposal.contributors.map((c) => c.memberId),
      };
    }
    await assertTeamFits(em, series, { guide: body.guideMemberId, contributors: body.contributorMemberIds });
    return body;
  }

  async setPreference(memberId: string, body: { volunteer: boolean; awayUntil: string | null }) {
    const em = this.em.fork();
    if (!(await em.count(MemberRef, { id: memberId }))) throw notFound('member', memberId);
    await em.upsert(RotationPreference, { memberId, volunteer: body.volunteer, awayUntil: body.awayUntil, updatedAt: this.clock.now() });
    return { memberId, volunteer: body.volunteer, awayUntil: body.awayUntil };
  }
}
