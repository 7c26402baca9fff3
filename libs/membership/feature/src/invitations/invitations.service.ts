import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { OrganiserPrincipal, Outbox, roleIn, SERVICE_CONFIG, ServiceConfig, conflict, notFound, CLOCK, type Clock } from '@cercle/platform';
import { Community } from '../entities/community.entity';
import { Invitation } from '../entities/invitation.entity';
import { organiserByEmail } from './find-organiser';
import { signInvitationUrl } from './invitation-link';
import { INVITATION_VALIDITY_DAYS, type InviteBody } from './invitations.schemas';

export type InvitationStatus = 'pending' | 'accepted' | 'expired';

export function invitationStatus(invitation: Invitation, now: Date): InvitationStatus {
  if (invitation.acceptedAt) return 'accepted';
  return invitation.expiresAt.getTime() <= now.getTime() ? 'expired' : 'pending';
}

/** An owner invites someone by email to co-organise their community; the owners and co-organisers list them. */
@Injectable()
export class InvitationsService {
  constructor(
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly em: EntityManager,
    private readonly outbox: Outbox,
    @Inject(SERVICE_CONFIG) private readonly config: ServiceConfig,
  ) {}

  /** Records the invitation and asks notifications for its email, in one transaction. */
  async invite(inviter: OrganiserPrincipal, communityId: string, body: InviteBody, now = this.clock.now()) {
    return this.em.fork().transactional(async (em) => {
      const community = await em.findOne(Community, { id: communityId });
      if (!community) throw notFound('community', communityId);
      const existing = await organiserByEmail(em, body.email);
      if (existing && (await roleIn(em, existing.id, communityId))) {
        throw conflict('already-organiser', `${body.email} already organises this community`);
      }
      const invitation = em.create(Invitation, {
        id: randomUUID(),
        communityId,
        email: body.email,
        name: body.name ?? null,
        language: body.language,
        invitedBy: inviter.organiserId,
        role: 'co-organiser',
        createdAt: now,
        expiresAt: new Date(now.getTime() + INVITATION_VALIDITY_DAYS * 24 * 3600 * 1000),
      });
      const url = signInvitationUrl(this.config, invitation);
      this.outbox.publish(em, 'organiser.invited', {
        invitationId: invitation.id,
        email: invitation.email,
        inviteeName: invitation.name,
        inviterName: inviter.organiserName,
        communityName: community.name,
        language: invitation.language,
        url,
        expiresAt: invitation.expiresAt.toISOString(),
      });
      // The signed link goes to the invitee only (by email): whoever holds it accepts, so the inviter is not given it.
      return { invitationId: invitation.id, email: invitation.email, expiresAt: invitation.expiresAt };
    });
  }

  /** Every invitation of a community, newest first, with where it stands. */
  async list(communityId: string, now = this.clock.now()) {
    const rows = await this.em.fork().find(Invitation, { communityId }, { orderBy: { createdAt: 'desc', id: 'asc' } });
    return rows.map((i) => ({
      invitationId: i.id,
      email: i.email,
      name: i.name,
      role: i.role,
      status: invitationStatus(i, now),
      invitedBy: i.invitedBy,
      createdAt: i.createdAt,
      expiresAt: i.expiresAt,
      acceptedAt: i.acceptedAt,
      acceptedBy: i.acceptedBy,
    }));
  }
}
