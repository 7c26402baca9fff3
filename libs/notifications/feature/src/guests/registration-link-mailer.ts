import { Inject, Injectable } from '@nestjs/common';
import type { PayloadOf } from '@cercle/contracts';
import { LOGGER, Logger, SERVICE_CONFIG, CLOCK, Clock } from '@cercle/platform';
import { NotificationsConfig, parseMailFrom } from '../notifications.config';
import { DeliveryError, type EmailSender } from '../providers';
import { EMAIL_SENDER } from '../senders';
import { composeRegistrationLinkEmail } from './registration-link-email';

/**
 * Sends the email of a request made on an occurrence's public page. The inbox records the message id in
 * the same transaction, so a message delivered twice sends once; a transient SMTP failure is thrown and
 * BullMQ retries; a permanent refusal (a mistyped address) is logged and not retried. A message that
 * waited past its link's end sends nothing: the link would only lead to "expired".
 */
@Injectable()
export class RegistrationLinkMailer {
  private readonly from: { name: string; email: string };

  constructor(
    @Inject(SERVICE_CONFIG) config: NotificationsConfig,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(EMAIL_SENDER) private readonly email: EmailSender,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {
    this.from = parseMailFrom(config.MAIL_FROM);
  }

  async send(requested: PayloadOf<'registration.link-requested'>): Promise<'sent' | 'expired' | 'failed'> {
    if (new Date(requested.expiresAt).getTime() <= this.clock.now().getTime()) return 'expired';
    try {
      await this.email.send(composeRegistrationLinkEmail(requested, this.from));
      return 'sent';
    } catch (error) {
      if (!(error instanceof DeliveryError) || !error.permanent) throw error;
      this.logger.warn({ requestId: requested.requestId, reason: error.message }, 'registration link email refused for good');
      return 'failed';
    }
  }
}
