import { Inject, Injectable } from '@nestjs/common';
import { Processor } from '@nestjs/bullmq';
import { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Envelope, PayloadOf, QueueName } from '@cercle/contracts';
import {
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
  CLOCK,
  Clock,
} from '@cercle/platform';
import { CommunityChannel } from '../entities/community-channel.entity';
import { Recipient } from '../entities/recipient.entity';
import { SeriesRef } from '../entities/series-ref.entity';
import { planForArrivedMember } from '../deliveries/arrived-member';
import { planDeliveries } from '../deliveries/plan-deliveries';
import { recordOccurrenceChange } from '../calendar/occurrence-version';
import { InvitationMailer } from '../invitations/invitation-mailer';
import { RegistrationLinkMailer } from '../guests/registration-link-mailer';
import { LinkMailer } from '../links/link-mailer';
import { composeSignInLinkEmail } from '../links/sign-in-link-email';
import { notificationsPartOf } from '../personal-data/member-export-part';
import { eraseMemberInNotifications } from '../personal-data/member-erasure';
import { recordOrganiserEmail } from '../organisers/organiser-contacts';

/**
 * Notifications' inbox. Every handler runs in the transaction that records the message id, so a
 * message delivered twice is applied once; a member's copy keeps the newest `member.changed`, whatever
 * order versions arrive in.
 */
@Injectable()
@Processor(QueueName.Notifications, workerOptions({ concurrency: 10 }))
export class NotificationsInbox extends MessageConsumer {
  protected readonly queueName = QueueName.Notifications;

  constructor(
    orm: MikroORM,
    @Inject(LOGGER) logger: Logger,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly invitations: InvitationMailer,
    private readonly registrationLinks: RegistrationLinkMailer,
    private readonly links: LinkMailer,
    private readonly outbox: Outbox,
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
    await recordOrganiserEmail(em, payload);
  }

  @OnMessage('series.changed')
  async onSeriesChanged(payload: PayloadOf<'series.changed'>, em: EntityManager) {
    await em.upsert(SeriesRef, { seriesId: payload.seriesId, communityId: payload.communityId, title: payload.title });
  }

  @OnMessage('community.changed')
  async onCommunityChanged(payload: PayloadOf<'community.changed'>, em: EntityManager) {
    await em.upsert(CommunityChannel, {
      communityId: payload.communityId,
      name: payload.name,
      mattermostChannelId: payload.mattermostChannelId,
      matrixRoomId: payload.matrixRoomId ?? null,
      chat: payload.chat ?? 'mattermost',
      defaultLanguage: payload.defaultLanguage,
    });
  }

  @OnMessage('member.changed')
  async onMemberChanged(payload: PayloadOf<'member.changed'>, em: EntityManager, envelope: Envelope) {
    const updatedAt = new Date(envelope.occurredAt);
    await takeTurn(em, `member:${payload.memberId}`);
    const before = await em.findOne(Recipient, { memberId: payload.memberId });
    // An older version redelivered late (a retry) must not bring back what a newer one changed: an
    // erased member's address, a member who left.
    if (!isNewerThanKept(updatedAt, before?.updatedAt)) return;
    // Read before the upsert, which refreshes `before` in the identity map.
    const wasMember = !!before?.active && !before.guest;
    await em.upsert(Recipient, {
      memberId: payload.memberId,
      communityId: payload.communityId,
      name: payload.name,
      email: payload.email,
      language: payload.language,
      mattermostUsername: payload.mattermostUsername,
      matrixUserId: payload.matrixUserId ?? null,
      active: payload.active,
      guest: payload.guest ?? false,
      updatedAt,
    });
    if (payload.active) {
      // A guest is not told of the community's other occurrences; a guest who becomes a member is, as someone new.
      const isNew = !payload.guest && !wasMember;
      const member = { memberId: payload.memberId, communityId: payload.communityId, isNew };
      const created = await planForArrivedMember(em, member, this.clock.now());
      if (created.length)
        this.logger.info({ memberId: payload.memberId, deliveries: created.length }, 'member arrived: deliveries planned');
    }
  }

  @OnMessage('notification.requested')
  async onNotificationRequested(payload: PayloadOf<'notification.requested'>, em: EntityManager) {
    const created = await planDeliveries(em, payload, this.clock.now());
    this.logger.info({ notificationId: payload.notificationId, kind: payload.kind, deliveries: created.length }, 'notification planned');
  }

  @OnMessage('occurrence.changed')
  async onOccurrenceChanged(payload: PayloadOf<'occurrence.changed'>, em: EntityManager) {
    await recordOccurrenceChange(em, payload, this.clock.now());
  }

  @OnMessage('organiser.invited')
  async onOrganiserInvited(payload: PayloadOf<'organiser.invited'>, em: EntityManager) {
    const outcome = await this.invitations.send(em, payload);
    this.logger.info({ invitationId: payload.invitationId, outcome }, 'invitation email');
  }

  @OnMessage('registration.link-requested')
  async onRegistrationLinkRequested(payload: PayloadOf<'registration.link-requested'>) {
    const outcome = await this.registrationLinks.send(payload);
    this.logger.info({ requestId: payload.requestId, purpose: payload.purpose, outcome }, 'registration link email');
  }

  @OnMessage('organiser.sign-in-link-requested')
  async onSignInLinkRequested(payload: PayloadOf<'organiser.sign-in-link-requested'>) {
    const outcome = await this.links.send(composeSignInLinkEmail(payload, this.links.from), payload.expiresAt, { linkId: payload.linkId });
    this.logger.info({ linkId: payload.linkId, outcome }, 'console sign-in link email');
  }

  @OnMessage('member.export-requested')
  async onExportRequested(payload: PayloadOf<'member.export-requested'>, em: EntityManager) {
    const data = JSON.parse(JSON.stringify(await notificationsPartOf(em, payload.memberId)));
    this.outbox.publish(em, 'member.export-part', {
      exportId: payload.exportId,
      memberId: payload.memberId,
      service: 'notifications',
      data,
    });
  }

  @OnMessage('member.erased')
  async onMemberErased(payload: PayloadOf<'member.erased'>, em: EntityManager) {
    const counts = await eraseMemberInNotifications(em, payload);
    this.outbox.publish(em, 'member.erasure-done', {
      erasureId: payload.erasureId,
      memberId: payload.memberId,
      service: 'notifications',
      counts,
      guideFreedOn: [],
    });
  }
}
