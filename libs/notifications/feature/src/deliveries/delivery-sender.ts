import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { UnrecoverableError } from 'bullmq';
import type { PayloadOf } from '@cercle/contracts';
import { SERVICE_CONFIG, CLOCK, Clock, Outbox } from '@cercle/platform';
import { renderChatPost, type Language } from '@cercle/notifications-domain';
import { CommunityChannel } from '../entities/community-channel.entity';
import { Delivery } from '../entities/delivery.entity';
import { MemberPreference } from '../entities/member-preference.entity';
import { Recipient } from '../entities/recipient.entity';
import { type ChatSender, DeliveryError, type EmailSender } from '../providers';
import { CHAT_SENDER, EMAIL_SENDER, MATRIX_CHAT_SENDER } from '../senders';
import { NotificationsConfig, parseMailFrom } from '../notifications.config';
import { composeEmail } from './compose-email';
import { againstCurrent, keptOccurrence } from './current-occurrence';
import { DeliveryLog } from './delivery-log';
import { reportDeliveryFailures } from './failure-report';
import { loadDelivery } from './load-delivery';
import { NotificationCache } from './notification-cache';
import { postNotesThread } from './notes-thread';
import { keepSeriesIndex } from './series-index';
import { channelLinks, personalLinks } from './personal-links';
import { findOverride } from '../templates/find-override';
import { buildRenderContext } from './render-context';
import { deliveryKey } from './delivery-key';
import { announcementProps } from './announcement-buttons';
import { deliverToOrganiser } from '../organisers/organiser-delivery';

type Request = PayloadOf<'notification.requested'>;
type Outcome = { sent: string } | { skipped: string };

export const MATTERMOST_NOT_CONFIGURED = 'Mattermost is not configured';
export const MATRIX_NOT_CONFIGURED = 'Matrix is not configured';
export const RECIPIENT_INACTIVE = 'The recipient is no longer an active member';

/**
 * Sends one row of the delivery log. The row is the idempotency record: only a `pending` row is
 * sent, and it leaves `pending` once, for `sent`, `skipped` or `failed`. A crash between the send
 * and the mark may send that one message again: the accepted in-flight duplicate.
 */
@Injectable()
export class DeliverySender {
  private readonly from: { name: string; email: string };
  private readonly notifications = new NotificationCache();

  constructor(
    @Inject(SERVICE_CONFIG) private readonly config: NotificationsConfig,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(EMAIL_SENDER) private readonly email: EmailSender,
    @Inject(CHAT_SENDER) private readonly mattermost: ChatSender | null,
    @Inject(MATRIX_CHAT_SENDER) private readonly matrix: ChatSender | null,
    private readonly outbox: Outbox,
  ) {
    this.from = parseMailFrom(config.MAIL_FROM);
  }

  async deliver(em: EntityManager, deliveryId: string): Promise<'sent' | 'skipped' | 'already-done'> {
    const delivery = await loadDelivery(em, deliveryId);
    // A delivery.due is written in the same transaction as its row: a missing row is a bug, not a blip.
    if (!delivery) throw new UnrecoverableError(`Delivery ${deliveryId} does not exist`);
    if (delivery.status !== 'pending') return 'already-done';
    const log = new DeliveryLog(em);
    const written = await this.notifications.request(em, delivery.notificationId);
    const community = await em.findOne(CommunityChannel, { communityId: written.occurrence.communityId });
    try {
      const current = againstCurrent(written, await keptOccurrence(em, written.occurrence.occurrenceId));
      const outcome = 'skipped' in current ? current : await this.attempt(em, log, delivery, current.request, community, current.outdated);
      if ('skipped' in outcome) {
        await log.markSkipped(delivery.id, outcome.skipped);
        return 'skipped';
      }
      await log.markSent(delivery.id, outcome.sent, this.clock.now());
      return 'sent';
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const answer = error instanceof DeliveryError ? error.providerResponse : null;
      if (error instanceof DeliveryError && error.permanent) {
        await log.markFailed(delivery.id, message, answer, true);
        await reportDeliveryFailures(em, this.outbox, delivery.id, this.clock.now());
        throw new UnrecoverableError(`${message}: ${answer ?? ''}`);
      }
      // Transient (or unexpected): counted and rethrown, BullMQ retries with the contract's backoff.
      await log.recordAttemptError(delivery.id, message, answer);
      throw error;
    }
  }

  private async attempt(
    em: EntityManager,
    log: DeliveryLog,
    delivery: Delivery,
    request: Request,
    community: CommunityChannel | null,
    outdated: boolean,
  ): Promise<Outcome> {
    const communityName = community?.name ?? request.occurrence.title;
    const idempotencyKey = deliveryKey(delivery);
    if (delivery.channel === 'mattermost-post' || delivery.channel === 'matrix-post') {
      const chat = this.chatOf(delivery.channel);
      if ('skipped' in chat) return chat;
      const language: Language = community?.defaultLanguage ?? 'fr';
      const context = buildRenderContext(
        request,
        { language, name: communityName, communityName },
        channelLinks(request, this.config.PUBLIC_URL),
      );
      const override = await findOverride(em, request.occurrence.seriesId, request.kind, language);
      if (request.kind === 'notesArchive' && request.notes?.length) {
        const thread = await postNotesThread({
          chat: chat.sender,
          idempotencyKey,
          channelId: delivery.address,
          request,
          context,
          language,
          progress: delivery.progress,
          saveProgress: (progress) => log.saveProgress(delivery.id, progress),
        });
        // Each chat keeps its own index: its links lead to that chat's threads.
        const index = await keepSeriesIndex(em, chat.sender, {
          chat: delivery.channel === 'matrix-post' ? 'matrix' : 'mattermost',
          channelId: delivery.address,
          request,
          rootPostId: thread.rootPostId,
          mattermostUrl: this.config.MATTERMOST_URL,
          language,
          now: this.clock.now(),
        });
        return { sent: JSON.stringify({ ...thread, indexPostId: index.postId, indexEdited: index.edited }) };
      }
      const { postId } = await chat.sender.post({
        channelId: delivery.address,
        message: renderChatPost(request.kind, context, override).message,
        idempotencyKey,
        ...(request.kind === 'announcement' && delivery.channel === 'mattermost-post'
          ? { props: announcementProps(request, language, this.config) }
          : {}),
      });
      return { sent: JSON.stringify({ postId }) };
    }

    if (!delivery.memberId) return this.toOrganiser(em, delivery, request, community, idempotencyKey);
    // Payloads carry ids, the database carries state: someone who left since the request is not told.
    const recipient = await em.findOne(Recipient, { memberId: delivery.memberId });
    if (!recipient?.active) return { skipped: RECIPIENT_INACTIVE };
    const preference = await em.findOne(MemberPreference, { memberId: recipient.memberId });
    const language: Language = preference?.language ?? recipient.language;
    const override = await findOverride(em, request.occurrence.seriesId, request.kind, language);
    const settings = { publicUrl: this.config.PUBLIC_URL, linkSecret: this.config.LINK_SECRET, now: this.clock.now() };

    if (delivery.channel === 'mattermost-dm' || delivery.channel === 'matrix-dm') {
      const chat = this.chatOf(delivery.channel);
      if ('skipped' in chat) return chat;
      const links = personalLinks(request, recipient.memberId, settings);
      const context = buildRenderContext(request, { language, name: recipient.name, communityName, memberId: recipient.memberId }, links);
      const sent = await chat.sender.directMessage({
        username: delivery.address,
        message: renderChatPost(request.kind, context, override).message,
        idempotencyKey,
      });
      return { sent: JSON.stringify(sent) };
    }

    const email = composeEmail(
      request,
      { memberId: recipient.memberId, name: recipient.name, email: delivery.address, language },
      { ...settings, from: this.from, communityName, override },
      delivery.calendarMethod ? { method: delivery.calendarMethod, sequence: inviteSequence(delivery, request, outdated) } : null,
    );
    const sent = await this.email.send(email);
    return { sent: JSON.stringify(sent) };
  }

  /** A personal delivery without a member goes to one of the community's organisers, by their address. */
  private async toOrganiser(
    em: EntityManager,
    delivery: Delivery,
    request: Request,
    community: CommunityChannel | null,
    idempotencyKey: string,
  ): Promise<Outcome> {
    const chat = delivery.channel === 'email' ? null : this.chatOf(delivery.channel as 'mattermost-dm' | 'matrix-dm');
    if (chat && 'skipped' in chat) return chat;
    const language: Language = community?.defaultLanguage ?? 'fr';
    const override = await findOverride(em, request.occurrence.seriesId, request.kind, language);
    return deliverToOrganiser(
      em,
      delivery,
      request,
      { language, communityName: community?.name ?? request.occurrence.title, override, idempotencyKey },
      { email: this.email, from: this.from, chat: chat?.sender ?? null },
    );
  }

  /** The sender of a chat channel; a chat that is not configured skips its deliveries, visibly. */
  private chatOf(channel: 'mattermost-post' | 'mattermost-dm' | 'matrix-post' | 'matrix-dm'): { sender: ChatSender } | { skipped: string } {
    const matrix = channel.startsWith('matrix-');
    const sender = matrix ? this.matrix : this.mattermost;
    if (sender) return { sender };
    return { skipped: matrix ? MATRIX_NOT_CONFIGURED : MATTERMOST_NOT_CONFIGURED };
  }
}

// The SEQUENCE planned for this person, or the current one when the message was brought up to date:
// calendars ignore an invite whose SEQUENCE is below what they hold, and would keep the old date.
export function inviteSequence(delivery: { calendarSequence?: number | null }, request: Request, outdated: boolean): number {
  const planned = delivery.calendarSequence ?? request.occurrence.calendarSequence;
  return outdated ? Math.max(planned, request.occurrence.calendarSequence) : planned;
}
