import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { UnrecoverableError } from 'bullmq';
import type { PayloadOf } from '@cercle/contracts';
import { SERVICE_CONFIG, CLOCK, Clock } from '@cercle/platform';
import { renderChatPost, type Language } from '@cercle/notifications-domain';
import { CommunityChannel } from '../entities/community-channel.entity';
import { Delivery } from '../entities/delivery.entity';
import { MemberPreference } from '../entities/member-preference.entity';
import { Recipient } from '../entities/recipient.entity';
import { type ChatSender, DeliveryError, type EmailSender } from '../providers';
import { CHAT_SENDER, EMAIL_SENDER } from '../senders';
import { NotificationsConfig, parseMailFrom } from '../notifications.config';
import { composeEmail } from './compose-email';
import { againstCurrent, keptOccurrence } from './current-occurrence';
import { DeliveryLog } from './delivery-log';
import { loadDelivery } from './load-delivery';
import { NotificationCache } from './notification-cache';
import { postNotesThread } from './notes-thread';
import { channelLinks, personalLinks } from './personal-links';
import { findOverride } from '../templates/find-override';
import { buildRenderContext } from './render-context';

type Request = PayloadOf<'notification.requested'>;
type Outcome = { sent: string } | { skipped: string };

export const MATTERMOST_NOT_CONFIGURED = 'Mattermost is not configured';
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
    @Inject(CHAT_SENDER) private readonly chat: ChatSender | null,
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
    if (delivery.channel === 'mattermost-post') {
      if (!this.chat) return { skipped: MATTERMOST_NOT_CONFIGURED };
      const language: Language = community?.defaultLanguage ?? 'fr';
      const context = buildRenderContext(
        request,
        { language, name: communityName, communityName },
        channelLinks(request, this.config.PUBLIC_URL),
      );
      const override = await findOverride(em, request.occurrence.seriesId, request.kind, language);
      if (request.kind === 'notesArchive' && request.notes?.length) {
        const thread = await postNotesThread({
          chat: this.chat,
          channelId: delivery.address,
          request,
          context,
          language,
          progress: delivery.progress,
          saveProgress: (progress) => log.saveProgress(delivery.id, progress),
        });
        return { sent: JSON.stringify(thread) };
      }
      const { postId } = await this.chat.post({
        channelId: delivery.address,
        message: renderChatPost(request.kind, context, override).message,
      });
      return { sent: JSON.stringify({ postId }) };
    }

    // Payloads carry ids, the database carries state: someone who left since the request is not told.
    const recipient = delivery.memberId ? await em.findOne(Recipient, { memberId: delivery.memberId }) : null;
    if (!recipient?.active) return { skipped: RECIPIENT_INACTIVE };
    const preference = await em.findOne(MemberPreference, { memberId: recipient.memberId });
    const language: Language = preference?.language ?? recipient.language;
    const override = await findOverride(em, request.occurrence.seriesId, request.kind, language);
    const settings = { publicUrl: this.config.PUBLIC_URL, linkSecret: this.config.LINK_SECRET, now: this.clock.now() };

    if (delivery.channel === 'mattermost-dm') {
      if (!this.chat) return { skipped: MATTERMOST_NOT_CONFIGURED };
      const links = personalLinks(request, recipient.memberId, settings);
      const context = buildRenderContext(request, { language, name: recipient.name, communityName, memberId: recipient.memberId }, links);
      const sent = await this.chat.directMessage({
        username: delivery.address,
        message: renderChatPost(request.kind, context, override).message,
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
}

// The SEQUENCE planned for this person, or the current one when the message was brought up to date:
// calendars ignore an invite whose SEQUENCE is below what they hold, and would keep the old date.
export function inviteSequence(delivery: { calendarSequence?: number | null }, request: Request, outdated: boolean): number {
  const planned = delivery.calendarSequence ?? request.occurrence.calendarSequence;
  return outdated ? Math.max(planned, request.occurrence.calendarSequence) : planned;
}
