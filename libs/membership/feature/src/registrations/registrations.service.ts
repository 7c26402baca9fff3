import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { LinkPurpose } from '@cercle/contracts';
import { Outbox, SERVICE_CONFIG, ServiceConfig, UseCaseError, notFound, CLOCK, type Clock } from '@cercle/platform';
import { type LinkClaim, verifyLink } from '@cercle/signed-links';
import { Member } from '../entities/member.entity';
import { OccurrenceRef } from '../entities/occurrence-ref.entity';
import { Registration } from '../entities/registration.entity';
import { notInCommunity } from '../errors';
import { recordAnswer } from './record-answer';
import type { RegistrationForm } from './registration.schemas';
import { waitingList, waitlistPosition } from './waiting-list';

export interface RegistrationView {
  member: Member;
  occurrence: OccurrenceRef;
  registration: Registration | null;
  /** 1-based rank while waitlisted. */
  waitlistPosition: number | null;
}

@Injectable()
export class RegistrationsService {
  constructor(
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly em: EntityManager,
    private readonly outbox: Outbox,
    @Inject(SERVICE_CONFIG) private readonly config: ServiceConfig,
  ) {}

  /** Resolves a registration link to the member and occurrence it was sent for, with the current answer. */
  async open(token: string, now = this.clock.now()): Promise<RegistrationView> {
    const em = this.em.fork();
    const { memberId, subjectId: occurrenceId } = this.claimOf(token, now);
    // All three rows follow from the link alone: read together, the page waits for one round trip, not three.
    const [member, occurrence, registration] = await Promise.all([
      em.findOne(Member, { id: memberId }),
      em.findOne(OccurrenceRef, { id: occurrenceId }),
      em.findOne(Registration, { occurrenceId, memberId }),
    ]);
    if (!member || !member.active) throw notFound('member', memberId);
    if (!occurrence) throw notFound('occurrence', occurrenceId);
    if (occurrence.communityId !== member.communityId || (member.guest && !occurrence.openToGuests)) throw notInCommunity();
    return { member, occurrence, registration, waitlistPosition: registration ? await waitlistPosition(em, registration) : null };
  }

  /** Records (or changes) the answer of the link's member (see `recordAnswer`). */
  async register(token: string, form: RegistrationForm, now = this.clock.now()): Promise<RegistrationView> {
    const { member, occurrenceId } = await this.memberOfLink(this.em.fork(), token, now);
    return this.em
      .fork()
      .transactional(async (em) => ({ member, ...(await recordAnswer(em, this.outbox, member, occurrenceId, form, now)) }));
  }

  /** What organisers see: counts per answer and per place, and the waiting list in order. */
  async listForOccurrence(occurrenceId: string) {
    const em = this.em.fork();
    const occurrence = await em.findOne(OccurrenceRef, { id: occurrenceId });
    const rows = await em.find(Registration, { occurrenceId }, { orderBy: { createdAt: 'asc', id: 'asc' } });
    const members = await em.find(Member, { id: { $in: rows.map((r) => r.memberId) } });
    const nameOf = (id: string) => members.find((m) => m.id === id)?.name ?? null;
    const isGuest = (id: string) => members.find((m) => m.id === id)?.guest ?? false;
    // By answer, then the yeses by place. No count is named after the status `declined`: a maybe holds no
    // place either, and counting it there showed organisers a maybe as a refusal.
    const answers = { yes: 0, no: 0, maybe: 0 };
    const places = { confirmed: 0, waitlisted: 0 };
    for (const r of rows) {
      answers[r.answer] += 1;
      if (r.status !== 'declined') places[r.status] += 1;
    }
    const waiting = await waitingList(em, occurrenceId);
    return {
      occurrenceId,
      capacity: occurrence?.capacity ?? null,
      registrationOpen: occurrence?.registrationOpen ?? false,
      counts: { ...answers, ...places },
      waitingList: waiting.map((r, i) => ({
        position: i + 1,
        registrationId: r.id,
        memberId: r.memberId,
        memberName: nameOf(r.memberId),
        waitlistedAt: r.waitlistedAt,
      })),
      registrations: rows.map((r) => ({
        id: r.id,
        memberId: r.memberId,
        memberName: nameOf(r.memberId),
        guest: isGuest(r.memberId),
        answer: r.answer,
        status: r.status,
        createdAt: r.createdAt,
        updatedAt: r.updatedAt,
      })),
    };
  }

  private claimOf(token: string, now: Date): LinkClaim {
    try {
      return verifyLink(this.config.LINK_SECRET, token, LinkPurpose.Register, now);
    } catch (error) {
      throw new UseCaseError((error as { code: string }).code, 403, (error as Error).message);
    }
  }

  private async memberOfLink(em: EntityManager, token: string, now: Date): Promise<{ member: Member; occurrenceId: string }> {
    const claim = this.claimOf(token, now);
    const member = await em.findOne(Member, { id: claim.memberId });
    if (!member || !member.active) throw notFound('member', claim.memberId);
    return { member, occurrenceId: claim.subjectId };
  }
}
