import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { LockMode } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { Outbox, roleIn, SERVICE_CONFIG, ServiceConfig, UseCaseError, notFound, CLOCK, type Clock } from '@cercle/platform';
import { setCommunityRole } from '../communities/community-organisers';
import { Community } from '../entities/community.entity';
import { Invitation } from '../entities/invitation.entity';
import { Organiser } from '../entities/organiser.entity';
import { issueToken } from '../organisers/organiser-tokens';
import { organiserByEmail } from './find-organiser';
import { verifyInvitationLink } from './invitation-link';
import { invitationStatus } from './invitations.service';

export interface InvitationView {
  invitation: Invitation;
  communityName: string;
  inviterName: string;
  /** The organiser already known by this address: accepting adds the role and issues no token. */
  existingOrganiser: { id: string; name: string } | null;
}

export interface AcceptedInvitation {
  organiserId: string;
  communityId: string;
  communityName: string;
  language: 'fr' | 'en';
  /** The new organiser's first API token, to show once; null for an organiser who already had tokens. */
  token: string | null;
}

const alreadyAccepted = () => new UseCaseError('invitation-accepted', 409, 'This invitation has already been accepted.');
const invitationExpired = () => new UseCaseError('invitation-expired', 410, 'This invitation has expired.');

/** Opening and accepting an invitation from its signed link. */
@Injectable()
export class InvitationAcceptanceService {
  constructor(
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly em: EntityManager,
    private readonly outbox: Outbox,
    @Inject(SERVICE_CONFIG) private readonly config: ServiceConfig,
  ) {}

  /** What the page shows before accepting; an invitation already used or expired is refused here too. */
  async open(token: string, now = this.clock.now()): Promise<InvitationView> {
    const em = this.em.fork();
    const invitation = await this.usable(em, token, now, false);
    const [community, inviter, existing] = await Promise.all([
      em.findOne(Community, { id: invitation.communityId }),
      em.findOne(Organiser, { id: invitation.invitedBy }),
      organiserByEmail(em, invitation.email),
    ]);
    if (!community) throw notFound('community', invitation.communityId);
    return {
      invitation,
      communityName: community.name,
      inviterName: inviter?.name ?? '',
      existingOrganiser: existing ? { id: existing.id, name: existing.name } : null,
    };
  }

  /**
   * Accepts once, in one transaction under a lock on the invitation: a second acceptance (even at the same
   * moment) finds it accepted and creates nothing. An organiser already known by the address gains the
   * role; anyone else becomes an organiser with that address and a first API token.
   */
  async accept(token: string, form: { name?: string }, now = this.clock.now()): Promise<AcceptedInvitation> {
    return this.em.fork().transactional(async (em) => {
      const invitation = await this.usable(em, token, now, true);
      const community = await em.findOne(Community, { id: invitation.communityId });
      if (!community) throw notFound('community', invitation.communityId);
      // Two invitations (to two communities) accepted at once by a new address would both create an
      // organiser; the second would then fail on the unique address. Serialise per address instead.
      await em
        .getConnection()
        .execute('select pg_advisory_xact_lock(hashtext(?))', [`invitation:${invitation.email}`], 'all', em.getTransactionContext());
      const existing = await organiserByEmail(em, invitation.email);
      const organiser =
        existing ??
        em.create(Organiser, {
          id: randomUUID(),
          name: form.name || invitation.name || invitation.email,
          email: invitation.email,
          createdAt: now,
        });
      // Someone made organiser of this community since the invitation keeps their role (an owner stays owner).
      if (!existing || !(await roleIn(em, organiser.id, community.id))) {
        await setCommunityRole(em, this.outbox, {
          communityId: community.id,
          organiserId: organiser.id,
          organiserName: organiser.name,
          role: invitation.role,
          active: true,
        });
      }
      const issued = existing ? null : issueToken(em, this.outbox, organiser, { name: 'default', readOnly: false, expiresAt: null });
      invitation.acceptedAt = now;
      invitation.acceptedBy = organiser.id;
      return {
        organiserId: organiser.id,
        communityId: community.id,
        communityName: community.name,
        language: invitation.language,
        token: issued?.token ?? null,
      };
    });
  }

  /** The invitation of a valid link, still open (locked for the acceptance when `lock`). */
  private async usable(em: EntityManager, token: string, now: Date, lock: boolean): Promise<Invitation> {
    const { invitationId, communityId } = verifyInvitationLink(this.config.LINK_SECRET, token, now);
    const invitation = await em.findOne(Invitation, { id: invitationId }, lock ? { lockMode: LockMode.PESSIMISTIC_WRITE } : {});
    if (!invitation || invitation.communityId !== communityId) throw notFound('invitation', invitationId);
    const status = invitationStatus(invitation, now);
    if (status === 'accepted') throw alreadyAccepted();
    if (status === 'expired') throw invitationExpired();
    return invitation;
  }
}
