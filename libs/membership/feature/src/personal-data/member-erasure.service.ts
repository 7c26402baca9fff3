import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { LockMode } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { Outbox, UseCaseError, notFound, CLOCK, type Clock } from '@cercle/platform';
import { Member } from '../entities/member.entity';
import { MemberErasure } from '../entities/member-erasure.entity';
import { Registration } from '../entities/registration.entity';
import { memberChangedPayload } from '../members/member-changed';
import { JoinRequest } from '../entities/join-request.entity';

/** What every service shows instead of an erased member's name. */
export const ERASED_MEMBER_NAME = 'Membre effacé';

/** A unique address in the reserved `.invalid` domain (RFC 2606): nothing can ever be sent to it. */
export const erasedEmail = (memberId: string) => `erased-${memberId}@cercle.invalid`;

/** Where an erasure stands: each service's report once it has answered. */
export function erasureView(row: MemberErasure) {
  const parts = { membership: row.membershipReport, events: row.eventsReport, notifications: row.notificationsReport };
  return {
    erasureId: row.id,
    memberId: row.memberId,
    requestedAt: row.requestedAt,
    status: row.eventsReport && row.notificationsReport ? ('complete' as const) : ('erasing' as const),
    parts,
    guideFreedOn: row.eventsReport?.guideFreedOn ?? [],
  };
}

/**
 * Erases a member (right to erasure): the row stays, anonymised, so registrations still count; the copies
 * follow from `member.changed`, and `member.erased` asks events and notifications to anonymise the rest.
 * Erasing again answers the first erasure and publishes nothing.
 */
@Injectable()
export class MemberErasureService {
  constructor(
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly em: EntityManager,
    private readonly outbox: Outbox,
  ) {}

  async erase(memberId: string): Promise<{ created: boolean; erasure: ReturnType<typeof erasureView> }> {
    return this.em.fork().transactional(async (em) => {
      const member = await em.findOne(Member, { id: memberId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!member) throw notFound('member', memberId);
      if (member.erasedAt) return { created: false, erasure: await this.latestIn(em, memberId) };
      const now = this.clock.now();
      // Requests from the public page under their address (and the names typed with them) go too.
      await em.nativeDelete(JoinRequest, { email: member.email });
      Object.assign(member, {
        name: ERASED_MEMBER_NAME,
        email: erasedEmail(memberId),
        mattermostUsername: null,
        matrixUserId: null,
        active: false,
        erasedAt: now,
      });
      const registrationsKept = await em.count(Registration, { memberId });
      const row = em.create(MemberErasure, {
        id: randomUUID(),
        memberId,
        requestedAt: now,
        membershipReport: { counts: { member: 1, registrationsKept }, doneAt: now.toISOString() },
        eventsReport: null,
        notificationsReport: null,
      });
      const { communityId } = member;
      this.outbox.publish(em, 'member.changed', memberChangedPayload(member));
      this.outbox.publish(em, 'member.erased', {
        erasureId: row.id,
        memberId,
        communityId,
        anonymisedName: ERASED_MEMBER_NAME,
        anonymisedEmail: member.email,
      });
      return { created: true, erasure: erasureView(row) };
    });
  }

  async latest(memberId: string) {
    return this.latestIn(this.em.fork(), memberId);
  }

  private async latestIn(em: EntityManager, memberId: string) {
    const row = await em.findOne(MemberErasure, { memberId }, { orderBy: { requestedAt: 'desc' } });
    if (!row)
      throw new UseCaseError('erasure-not-found', 404, `No erasure of member ${memberId} was asked for (POST /members/${memberId}/erase)`);
    return erasureView(row);
  }
}
