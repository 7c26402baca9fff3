import { Inject, Injectable } from '@nestjs/common';
import { LOGGER, Logger, SERVICE_CONFIG, CLOCK, Clock } from '@cercle/platform';
import { NotificationsConfig, parseMailFrom } from '../notifications.config';
import { DeliveryError, type EmailSender, type OutgoingEmail } from '../providers';
import { EMAIL_SENDER } from '../senders';

/**
 * Sends an email whose whole point is a short-lived link (a registration confirmation, a console
 * sign-in). The inbox records the message id in the same transaction, so a message delivered twice
 * sends once; a transient SMTP failure is thrown and BullMQ retries; a permanent refusal (a mistyped
 * address) is logged and not retried. A message that waited past its link's end sends nothing: the
 * link would only lead to "expired".
 */
@Injectable()
export class LinkMailer {
  readonly from: { name: string; email: string };

  constructor(
    @Inject(SERVICE_CONFIG) config: NotificationsConfig,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(EMAIL_SENDER) private readonly email: EmailSender,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {
    this.from = parseMailFrom(config.MAIL_FROM);
  }

  async send(email: OutgoingEmail, linkExpiresAt: string, context: Record<string, unknown>): Promise<'sent' | 'expired' | 'failed'> {
    if (new Date(linkExpiresAt).getTime() <= this.clock.now().getTime()) return 'expired';
    try {
      await this.email.send(email);
      return 'sent';
    } catch (error) {
      if (!(error instanceof DeliveryError) || !error.permanent) throw error;
      this.logger.warn({ ...context, reason: error.message }, 'link email refused for good');
      return 'failed';
    }
  }
}
