import { Injectable } from '@nestjs/common';
import type { PayloadOf } from '@cercle/contracts';
import { LinkMailer } from '../links/link-mailer';
import { composeRegistrationLinkEmail } from './registration-link-email';

/** Sends the email of a request made on an occurrence's public page (see LinkMailer for the delivery rules). */
@Injectable()
export class RegistrationLinkMailer {
  constructor(private readonly links: LinkMailer) {}

  send(requested: PayloadOf<'registration.link-requested'>): Promise<'sent' | 'expired' | 'failed'> {
    return this.links.send(composeRegistrationLinkEmail(requested, this.links.from), requested.expiresAt, {
      requestId: requested.requestId,
    });
  }
}
