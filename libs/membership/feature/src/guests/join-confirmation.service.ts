import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { LockMode } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { Outbox, SERVICE_CONFIG, ServiceConfig, takeTurn, UseCaseError, notFound, CLOCK, type Clock } from '@cercle/platform';
import { JoinRequest } from '../entities/join-request.entity';
import { Member } from '../entities/member.entity';
import { OccurrenceRef } from '../entities/occurrence-ref.entity';
import { memberChangedPayload } from '../members/member-changed';
import { recordAnswer } from '../registrations/record-answer';
import { signRegistrationUrl, verifyJoinConfirmationLink } from './join-link';

const requestGone = () =>
  new UseCaseError('link-expired', 410, 'This confirmation link has expired: ask again from the registration page.');

/**
 * Opening the confirmation link (then pressing its button: mail scanners open links, people press
 * buttons) makes the person a guest of the occurrence's community and registers them `yes`, in one
 * transaction; confirming again registers nobody twice and leads to the same registration page.
 */
@Injectable()
export class JoinConfirmationService {
  constructor(
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly em: EntityManager,
    private readonly outbox: Outbox,
    @Inject(SERVICE_CONFIG) private readonly config: ServiceConfig,
  ) {}

  /** What the link is for, to show before confirming; once confirmed, where their registration is. */
  async open(
    token: string,
    now = this.clock.now(),
  ): Promise<{ request: JoinRequest; occurrence: OccurrenceRef; registrationUrl: string | null }> {
    const { requestId, occurrenceId } = verifyJoinConfirmationLink(this.config.LINK_SECRET, token, now);
    const em = this.em.fork();
    const request = await em.findOne(JoinRequest, { id: requestId, occurrenceId });
    if (!request) throw requestGone();
    const occurrence = await em.findOne(OccurrenceRef, { id: occurrenceId });
    if (!occurrence) throw notFound('occurrence', occurrenceId);
    const registrationUrl = request.confirmedAt && request.memberId ? signRegistrationUrl(this.config, request.memberId, occurrence) : null;
    return { request, occurrence, registrationUrl };
  }

  /** Registers the person; answers their own registration link, where they can change their answer. */
  async confirm(token: string, now = this.clock.now()): Promise<{ registrationUrl: string; language: 'fr' | 'en' }> {
    const { requestId, occurrenceId } = verifyJoinConfirmationLink(this.config.LINK_SECRET, token, now);
    return this.em.fork().transactional(async (em) => {
      const request = await em.findOne(JoinRequest, { id: requestId, occurrenceId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!request) throw requestGone();
      const occurrence = await em.findOne(OccurrenceRef, { id: occurrenceId });
      if (!occurrence) throw notFound('occurrence', occurrenceId);
      let member = request.memberId ? await em.findOne(Member, { id: request.memberId }) : null;
      if (!request.confirmedAt) {
        member = await this.guestFor(em, request, occurrence.communityId, now);
        await recordAnswer(
          em,
          this.outbox,
          member,
          occurrenceId,
          { answer: 'yes', topicTitle: null, topicKind: null, topicDescription: null },
          now,
        );
        Object.assign(request, { confirmedAt: now, memberId: member.id });
      }
      if (!member) throw requestGone();
      return { registrationUrl: signRegistrationUrl(this.config, member.id, occurrence), language: request.language };
    });
  }

  /**
   * The member the request becomes: whoever the community already knows by this address (a member who
   * was added meanwhile stays a member), or a new guest. Someone who had left comes back as a guest.
   */
  private async guestFor(em: EntityManager, request: JoinRequest, communityId: string, now: Date): Promise<Member> {
    // Two requests for one address confirmed at once would both find nobody and both create a member.
    await takeTurn(em, `member-email:${communityId}:${request.email}`);
    const existing = await em.findOne(Member, { communityId, email: request.email }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (existing?.active) return existing;
    const member = existing
      ? Object.assign(existing, { active: true, guest: true, name: request.name, language: request.language })
      : em.create(Member, {
          id: randomUUID(),
          communityId,
          name: request.name,
          email: request.email,
          language: request.language,
          active: true,
          guest: true,
          createdAt: now,
        });
    await em.flush();
    this.outbox.publish(em, 'member.changed', memberChangedPayload(member));
    return member;
  }
}
