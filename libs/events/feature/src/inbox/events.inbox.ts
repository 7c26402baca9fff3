import { Inject, Injectable } from '@nestjs/common';
import { Processor } from '@nestjs/bullmq';
import { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Envelope, PayloadOf, QueueName } from '@cercle/contracts';
import {
  CLOCK,
  Clock,
  isNewerThanKept,
  LOGGER,
  Logger,
  MessageConsumer,
  OnMessage,
  Outbox,
  recordCommunityOrganiser,
  recordKnownToken,
  takeTurn,
  workerOptions,
} from '@cercle/platform';
import { CommunityRef } from '../entities/community-ref.entity';
import { MemberRef } from '../entities/member-ref.entity';
import { LifecycleService } from '../lifecycle/lifecycle.service';
import { RegistrationAnswer } from '../entities/registration-answer.entity';
import { TopicProposal } from '../entities/topic-proposal.entity';
import { announceOpenOccurrencesTo } from './welcome-member';
import { requestRegistrationNotification } from '../registrations/registration-notifications';
import { eventsPartOf } from '../personal-data/member-export-part';
import { eraseMemberInEvents } from '../personal-data/member-erasure';
import { DeliveryFailureCount } from '../entities/delivery-failure-count.entity';
import { checkHealthSoon } from '../health/health-jobs';

/** Events' inbox: the copies it keeps of what membership owns (tokens, who organises which community, communities, members, registrations). */
@Injectable()
@Processor(QueueName.Events, workerOptions({ concurrency: 10 }))
export class EventsInbox extends MessageConsumer {
  protected readonly queueName = QueueName.Events;

  constructor(
    orm: MikroORM,
    @Inject(LOGGER) logger: Logger,
    private readonly lifecycle: LifecycleService,
    private readonly outbox: Outbox,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {
    super(orm, logger);
  }

  @OnMessage('organiser.token-issued')
  async onTokenIssued(payload: PayloadOf<'organiser.token-issued'>, em: EntityManager) {
    await recordKnownToken(em, payload);
  }

  @OnMessage('community.organiser-changed')
  async onCommunityOrganiserChanged(payload: PayloadOf<'community.organiser-changed'>, em: EntityManager) {
    await recordCommunityOrganiser(em, payload);
  }

  @OnMessage('community.changed')
  async onCommunityChanged(payload: PayloadOf<'community.changed'>, em: EntityManager) {
    await em.upsert(CommunityRef, {
      id: payload.communityId,
      name: payload.name,
      mattermostChannelId: payload.mattermostChannelId,
      defaultLanguage: payload.defaultLanguage,
    });
  }

  @OnMessage('member.changed')
  async onMemberChanged(payload: PayloadOf<'member.changed'>, em: EntityManager, envelope: Envelope) {
    const updatedAt = new Date(envelope.occurredAt);
    await takeTurn(em, `member:${payload.memberId}`);
    const existing = await em.findOne(MemberRef, { id: payload.memberId });
    if (!isNewerThanKept(updatedAt, existing?.updatedAt)) return;
    const guest = payload.guest ?? false;
    // Read before the upsert, which refreshes `existing` in the identity map.
    const wasMember = !!existing?.active && !existing.guest;
    await em.upsert(MemberRef, {
      id: payload.memberId,
      communityId: payload.communityId,
      name: payload.name,
      active: payload.active,
      guest,
      mattermostUsername: payload.mattermostUsername,
      email: payload.email,
      language: payload.language,
      updatedAt,
    });
    // Someone who joins (or comes back) while registration is open is told, like the others were; a
    // guest registered for one occurrence only and is not told of the others.
    if (payload.active && !guest && !wasMember)
      await announceOpenOccurrencesTo(em, this.lifecycle, payload.memberId, payload.communityId, updatedAt);
  }

  /** Keeps the latest answer per registration (for the counts) and the topic proposed with it, if any. */
  @OnMessage('registration.recorded')
  async onRegistrationRecorded(payload: PayloadOf<'registration.recorded'>, em: EntityManager, envelope: Envelope) {
    const recordedAt = new Date(envelope.occurredAt);
    // Two answers of one registration can be consumed at once (the queue has several workers): without
    // this lock both read "no answer yet" and the older one could overwrite the newer. Held until commit.
    await takeTurn(em, `registration:${payload.registrationId}`);
    const existing = await em.findOne(RegistrationAnswer, { registrationId: payload.registrationId });
    // Messages may arrive out of order after retries; an older answer never overwrites a newer one.
    const stale = !!existing && existing.recordedAt > recordedAt;
    if (!stale) {
      await requestRegistrationNotification(em, payload, existing);
      await em.upsert(RegistrationAnswer, {
        registrationId: payload.registrationId,
        occurrenceId: payload.occurrenceId,
        memberId: payload.memberId,
        answer: payload.answer,
        status: payload.status,
        recordedAt,
      });
      checkHealthSoon(this.outbox, em, payload.occurrenceId, this.clock.now());
    }
    // A topic proposed with an older answer is still a proposal: kept, unless a newer one replaced it.
    if (payload.topic && !(stale && (await em.count(TopicProposal, { id: payload.registrationId })))) {
      await em.upsert(TopicProposal, {
        // The registration's id, so that proposing again replaces the topic (votes and placement stay).
        id: payload.registrationId,
        registrationId: payload.registrationId,
        occurrenceId: payload.occurrenceId,
        memberId: payload.memberId,
        proposerName: payload.memberName,
        title: payload.topic.title,
        kind: payload.topic.kind,
        description: payload.topic.description,
        proposedAt: recordedAt,
      });
    }
  }

  /** Keeps notifications' newest count of failed deliveries for the health checks, then has them look. */
  @OnMessage('occurrence.deliveries-failed')
  async onDeliveriesFailed(payload: PayloadOf<'occurrence.deliveries-failed'>, em: EntityManager) {
    await takeTurn(em, `delivery-failures:${payload.occurrenceId}`);
    const countedAt = new Date(payload.countedAt);
    const kept = await em.findOne(DeliveryFailureCount, { occurrenceId: payload.occurrenceId });
    if (kept && kept.countedAt >= countedAt) return;
    await em.upsert(DeliveryFailureCount, { occurrenceId: payload.occurrenceId, failed: payload.failed, countedAt });
    checkHealthSoon(this.outbox, em, payload.occurrenceId, this.clock.now());
  }

  @OnMessage('member.export-requested')
  async onExportRequested(payload: PayloadOf<'member.export-requested'>, em: EntityManager) {
    const data = await eventsPartOf(em, payload.memberId);
    this.outbox.publish(em, 'member.export-part', {
      exportId: payload.exportId,
      memberId: payload.memberId,
      service: 'events',
      data: JSON.parse(JSON.stringify(data)),
    });
  }

  /** Coming occurrences are judged at the time of the erasure, not when the message happens to run. */
  @OnMessage('member.erased')
  async onMemberErased(payload: PayloadOf<'member.erased'>, em: EntityManager, envelope: Envelope) {
    const done = await eraseMemberInEvents(em, payload, new Date(envelope.occurredAt));
    this.outbox.publish(em, 'member.erasure-done', {
      erasureId: payload.erasureId,
      memberId: payload.memberId,
      service: 'events',
      ...done,
    });
  }
}
