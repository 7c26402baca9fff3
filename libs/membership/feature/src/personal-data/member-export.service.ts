import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { Outbox, UseCaseError, notFound, CLOCK, type Clock } from '@cercle/platform';
import { Member } from '../entities/member.entity';
import { MemberExport } from '../entities/member-export.entity';
import { OccurrenceRef } from '../entities/occurrence-ref.entity';
import { Registration } from '../entities/registration.entity';

/** Where an export stands: which parts are in, and once all are, the whole of it. */
export function exportView(row: MemberExport) {
  const parts = { membership: true, events: row.eventsPart !== null, notifications: row.notificationsPart !== null };
  const base = { exportId: row.id, memberId: row.memberId, requestedAt: row.requestedAt };
  if (!parts.events || !parts.notifications) return { ...base, status: 'collecting' as const, parts };
  return {
    ...base,
    status: 'complete' as const,
    parts,
    member: row.member,
    membership: row.membershipPart,
    events: row.eventsPart,
    notifications: row.notificationsPart,
  };
}

/**
 * A member's data for the member (right of access and portability): membership writes its part at once
 * and asks events and notifications for theirs, which arrive as `member.export-part`.
 */
@Injectable()
export class MemberExportService {
  constructor(
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly em: EntityManager,
    private readonly outbox: Outbox,
  ) {}

  async request(memberId: string) {
    return this.em.fork().transactional(async (em) => {
      const member = await em.findOne(Member, { id: memberId });
      if (!member) throw notFound('member', memberId);
      const registrations = await em.find(Registration, { memberId }, { orderBy: { createdAt: 'asc' } });
      const occurrences = new Map(
        (await em.find(OccurrenceRef, { id: { $in: registrations.map((r) => r.occurrenceId) } })).map((o) => [o.id, o]),
      );
      const row = em.create(MemberExport, {
        id: randomUUID(),
        memberId,
        requestedAt: this.clock.now(),
        member: {
          id: member.id,
          communityId: member.communityId,
          name: member.name,
          email: member.email,
          language: member.language,
          mattermostUsername: member.mattermostUsername,
          matrixUserId: member.matrixUserId,
          active: member.active,
          guest: member.guest,
          createdAt: member.createdAt,
          erasedAt: member.erasedAt,
        },
        membershipPart: {
          registrations: registrations.map((r) => ({
            occurrenceId: r.occurrenceId,
            occurrenceTitle: occurrences.get(r.occurrenceId)?.title ?? null,
            occurrenceStartsAt: occurrences.get(r.occurrenceId)?.startsAt ?? null,
            answer: r.answer,
            status: r.status,
            createdAt: r.createdAt,
            updatedAt: r.updatedAt,
          })),
        },
        eventsPart: null,
        notificationsPart: null,
      });
      this.outbox.publish(em, 'member.export-requested', { exportId: row.id, memberId, communityId: member.communityId });
      return exportView(row);
    });
  }

  async latest(memberId: string) {
    const row = await this.em.fork().findOne(MemberExport, { memberId }, { orderBy: { requestedAt: 'desc' } });
    if (!row)
      throw new UseCaseError('export-not-found', 404, `No export of member ${memberId} was asked for (POST /members/${memberId}/export)`);
    return exportView(row);
  }
}
