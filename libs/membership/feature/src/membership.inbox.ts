import { Inject, Injectable } from '@nestjs/common';
import { Processor } from '@nestjs/bullmq';
import { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Envelope, PayloadOf, QueueName } from '@cercle/contracts';
import {
  CLOCK,
  type Clock,
  isNewerThanKept,
  LOGGER,
  Logger,
  MessageConsumer,
  OnMessage,
  Outbox,
  takeTurn,
  workerOptions,
} from '@cercle/platform';
import { OccurrenceRef } from './entities/occurrence-ref.entity';
import { recordAuditEntry } from './audit/audit-log';
import { fillFreePlaces, lockOccurrence } from './registrations/waiting-list';
import { recordErasureDone, recordExportPart } from './personal-data/personal-data-answers';
import { recordChatAnswer } from './registrations/chat-answer';

/**
 * Membership's inbox: it keeps its copy of occurrences so that registration pages need nobody else, and
 * the audit log of organiser writes in every service; it collects the other services' answers to
 * personal-data exports and erasures.
 */
@Injectable()
@Processor(QueueName.Membership, workerOptions({ concurrency: 10 }))
export class MembershipInbox extends MessageConsumer {
  protected readonly queueName = QueueName.Membership;

  constructor(
    @Inject(CLOCK) private readonly clock: Clock,
    orm: MikroORM,
    @Inject(LOGGER) logger: Logger,
    private readonly outbox: Outbox,
  ) {
    super(orm, logger);
  }

  /** Keeps the copy current; a capacity that grew (or went away) promotes the first waitlisted people. */
  @OnMessage('occurrence.changed')
  async onOccurrenceChanged(payload: PayloadOf<'occurrence.changed'>, em: EntityManager, envelope: Envelope<unknown>) {
    // Copies keep the newest version, in turn: a late older message (a retry) must not reopen what closed.
    const changedAt = new Date(envelope.occurredAt);
    await takeTurn(em, `occurrence:${payload.occurrenceId}`);
    const kept = await em.findOne(OccurrenceRef, { id: payload.occurrenceId }, { fields: ['changedAt'] });
    if (!isNewerThanKept(changedAt, kept?.changedAt)) return;
    const values = {
      changedAt,
      seriesId: payload.seriesId,
      communityId: payload.communityId,
      title: payload.title,
      startsAt: new Date(payload.startsAt),
      endsAt: new Date(payload.endsAt),
      timeZone: payload.timeZone,
      status: payload.status,
      registrationOpen: payload.registrationOpen,
      capacity: payload.capacity,
      // Older producers send neither: keep what we had rather than erase it.
      ...(payload.location !== undefined ? { location: payload.location } : {}),
      ...(payload.agenda !== undefined ? { agenda: payload.agenda } : {}),
      ...(payload.openToGuests !== undefined ? { openToGuests: payload.openToGuests } : {}),
      ...(payload.theme !== undefined ? { theme: payload.theme } : {}),
      ...(payload.cancellationReason !== undefined ? { cancellationReason: payload.cancellationReason } : {}),
      // A producer that sends the agenda also sends the format's kinds and rules: absent beside it, none stated.
      ...(payload.topicKinds !== undefined || payload.agenda !== undefined ? { topicKinds: payload.topicKinds ?? null } : {}),
      ...(payload.rules !== undefined || payload.agenda !== undefined ? { rules: payload.rules ?? null } : {}),
    };
    await em.upsert(OccurrenceRef, { id: payload.occurrenceId, ...values });
    const occurrence = await lockOccurrence(em, payload.occurrenceId);
    if (occurrence) await fillFreePlaces(em, this.outbox, occurrence, this.clock.now());
  }

  /** An answer given from the chat (events serves it): recorded like an answer from the registration page. */
  @OnMessage('registration.answered-in-chat')
  async onRegistrationAnsweredInChat(payload: PayloadOf<'registration.answered-in-chat'>, em: EntityManager) {
    const refused = await recordChatAnswer(em, this.outbox, payload, this.clock.now());
    if (refused) this.logger.warn({ memberId: payload.memberId, occurrenceId: payload.occurrenceId, refused }, 'chat answer not recorded');
  }

  @OnMessage('organiser.action-recorded')
  async onOrganiserActionRecorded(payload: PayloadOf<'organiser.action-recorded'>, em: EntityManager, envelope: Envelope<unknown>) {
    recordAuditEntry(em, envelope.messageId, payload);
  }

  @OnMessage('member.export-part')
  async onExportPart(payload: PayloadOf<'member.export-part'>, em: EntityManager) {
    await recordExportPart(em, payload);
  }

  @OnMessage('member.erasure-done')
  async onErasureDone(payload: PayloadOf<'member.erasure-done'>, em: EntityManager, envelope: Envelope) {
    await recordErasureDone(em, payload, envelope.occurredAt);
  }
}
