import { Injectable } from '@nestjs/common';
import { LockMode } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { CommunityOrganiser, CommunityRole, Outbox, conflict, notFound } from '@cercle/platform';
import { setCommunityRole } from './community-organisers';

export interface CommunityOrganiserView {
  organiserId: string;
  name: string;
  role: CommunityRole;
}

const ROLE_ORDER: Record<CommunityRole, number> = { owner: 0, 'co-organiser': 1 };

/** Who organises a community, their role, and taking someone off it. The guard has already checked the caller's role. */
@Injectable()
export class CoOrganisersService {
  constructor(
    private readonly em: EntityManager,
    private readonly outbox: Outbox,
  ) {}

  /** The organisers of one community now, owners first. */
  async list(communityId: string): Promise<CommunityOrganiserView[]> {
    const rows = await this.em.fork().find(CommunityOrganiser, { communityId, active: true });
    return rows
      .map((row) => ({ organiserId: row.organiserId, name: row.organiserName, role: row.role }))
      .sort((a, b) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role] || a.name.localeCompare(b.name));
  }

  /**
   * Takes an organiser off a community. A community always keeps an owner: its last owner cannot be
   * removed (they hand it over first). The community's organiser rows are locked so that two owners
   * removing each other at once cannot leave it with none.
   */
  async remove(communityId: string, organiserId: string): Promise<CommunityOrganiserView & { active: false }> {
    return this.em.fork().transactional(async (em) => {
      const target = await this.lockedTarget(em, communityId, organiserId, 'removed');
      await setCommunityRole(em, this.outbox, {
        communityId,
        organiserId,
        organiserName: target.organiserName,
        role: target.role,
        active: false,
      });
      return { organiserId, name: target.organiserName, role: target.role, active: false as const };
    });
  }

  /** Makes an organiser owner or co-organiser of the community; the last owner cannot step down. */
  async changeRole(communityId: string, organiserId: string, role: CommunityRole): Promise<CommunityOrganiserView> {
    return this.em.fork().transactional(async (em) => {
      const target = await this.lockedTarget(em, communityId, organiserId, role === 'owner' ? null : 'made co-organiser');
      if (target.role !== role) {
        await setCommunityRole(em, this.outbox, { communityId, organiserId, organiserName: target.organiserName, role, active: true });
      }
      return { organiserId, name: target.organiserName, role };
    });
  }

  /**
   * One organiser of the community, with every organiser row of it locked, so that two owners acting on
   * each other at once cannot leave it without one. `losingOwnership` names what would take the last
   * owner away (refused), or null when nothing would.
   */
  private async lockedTarget(
    em: EntityManager,
    communityId: string,
    organiserId: string,
    losingOwnership: string | null,
  ): Promise<CommunityOrganiser> {
    const organisers = await em.find(CommunityOrganiser, { communityId, active: true }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    const target = organisers.find((row) => row.organiserId === organiserId);
    if (!target) throw notFound('organiser', organiserId);
    if (losingOwnership && target.role === 'owner' && organisers.filter((row) => row.role === 'owner').length === 1) {
      throw conflict(
        'last-owner',
        `The last owner of a community cannot be ${losingOwnership}: make another organiser owner first (PUT /communities/${communityId}/organisers/{organiserId} with {"role":"owner"})`,
      );
    }
    return target;
  }
}
