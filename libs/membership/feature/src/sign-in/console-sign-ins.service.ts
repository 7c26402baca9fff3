import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { CLOCK, type Clock, Outbox, UseCaseError } from '@cercle/platform';
import { Organiser } from '../entities/organiser.entity';
import type { ConsoleSignInBody } from './sign-in.schemas';
import { issueSessionToken, type SessionToken } from './session-token';

/**
 * Sign-in through OpenID Connect: the console has checked the provider's answer (signature, nonce,
 * `email_verified`) and asks, with the secret only it holds, for a session of the organiser with that
 * email. Only the console can call this, so saying "unknown" tells the email's verified owner alone.
 */
@Injectable()
export class ConsoleSignInsService {
  constructor(
    private readonly em: EntityManager,
    private readonly outbox: Outbox,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async signIn(body: ConsoleSignInBody, now = this.clock.now()): Promise<SessionToken> {
    return this.em.fork().transactional(async (em) => {
      const organiser = await em.findOne(Organiser, { email: body.email });
      if (!organiser) throw new UseCaseError('organiser-unknown', 404, 'No organiser has this email');
      return issueSessionToken(em, this.outbox, organiser, body.hours, now);
    });
  }
}
