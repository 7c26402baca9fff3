import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { Outbox, SERVICE_CONFIG, ServiceConfig } from '@cercle/platform';
import { verifyLink } from '@cercle/signed-links';
import { Member } from '../entities/member.entity';
import { OccurrenceRef } from '../entities/occurrence-ref.entity';
import { Registration } from '../entities/registration.entity';
import { MembershipError, notFound } from '../errors';
import type { RegistrationForm } from './registration.schemas';

export interface RegistrationView {
  member: Member;
  occurrence: OccurrenceRef;
  registration: Registration | null;
}

@Injectable()
export class RegistrationsService {
  constructor(
    private readonly em: EntityManager,
    private readonly outbox: Outbox,
    @Inject(SERVICE_CONFIG) private readonly config: ServiceConfig,
  ) {}

  /** Resolves a registration link to the member and occurrence it was sent for. */
  async open(token: string, now = new Date()): Promise<RegistrationView> {
    let claim;
    try {
      claim = verifyLink(this.config.LINK_SECRET, token, 'register', now);
    } catch (error) {
      throw new MembershipError((error as { code: string }).code, 403, (error as Error).message);
    }
    const em = this.em.fork();
    const member = await em.findOne(Member, { id: claim.memberId });
    if (!member || !member.active) throw notFound('member', claim.memberId);
    const occurrence = await em.findOne(OccurrenceRef, { id: claim.subjectId });
    if (!occurrence) throw notFound('occurrence', claim.subjectId);
    const registration = await em.findOne(Registration, { occurrenceId: occurrence.id, memberId: member.id });
    return { member, occurrence, registration };
  }

  /** Records (or changes) an answer; the topic, if any, goes to events with the registration. */
  async register(token: string, form: RegistrationForm, now = new Date()): Promise<RegistrationView> {
    const view = await this.open(token, now);
    if (!view.occurrence.registrationOpen || view.occurrence.status === 'cancelled') {
      throw new MembershipError('registration-closed', 409, 'Registration for this occurrence is closed.');
    }
    const registration = await this.em.fork().transactional(async (em) => {
      let row = await em.findOne(Registration, { occurrenceId: view.occurrence.id, memberId: view.member.id }, { lockMode: 4 /* pessimistic write */ });
      if (row) {
        row.answer = form.answer;
        row.updatedAt = now;
      } else {
        row = em.create(Registration, {
          id: randomUUID(),
          occurrenceId: view.occurrence.id,
          memberId: view.member.id,
          answer: form.answer,
          createdAt: now,
          updatedAt: now,
        });
      }
      this.outbox.publish(em, 'registration.recorded', {
        registrationId: row.id,
        occurrenceId: view.occurrence.id,
        memberId: view.member.id,
        memberName: view.member.name,
        answer: form.answer,
        // No capacity yet: every yes/maybe holds a place (waiting list: issue 3).
        status: form.answer === 'no' ? 'declined' : 'confirmed',
        waitlistPosition: null,
        promoted: false,
        topic: form.topicTitle && form.topicKind ? { title: form.topicTitle, kind: form.topicKind, description: form.topicDescription } : null,
      });
      return row;
    });
    return { ...view, registration };
  }

  async listForOccurrence(occurrenceId: string) {
    const em = this.em.fork();
    const rows = await em.find(Registration, { occurrenceId }, { orderBy: { createdAt: 'asc' } });
    const members = await em.find(Member, { id: { $in: rows.map((r) => r.memberId) } });
    const byId = new Map(members.map((m) => [m.id, m]));
    const counts = { yes: 0, no: 0, maybe: 0 };
    for (const r of rows) counts[r.answer] += 1;
    return { occurrenceId, counts, registrations: rows.map((r) => ({ ...r, memberName: byId.get(r.memberId)?.name ?? null })) };
  }
}
