import { Inject, Injectable } from '@nestjs/common';
import { LockMode } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { consoleSignInUrl } from '@cercle/contracts';
import { CLOCK, type Clock, Outbox, SERVICE_CONFIG, type ServiceConfig, UseCaseError } from '@cercle/platform';
import { Organiser } from '../entities/organiser.entity';
import { SignInLink } from '../entities/sign-in-link.entity';
import { issueSessionToken, type SessionToken } from './session-token';
import type { RedeemSignInLinkBody, RequestSignInLinkBody } from './sign-in.schemas';

const LINK_MINUTES = 15;
/** Links asked for one organiser within one link's lifetime, beyond which no more are sent (a mailbox is not a target). */
const LINKS_PER_WINDOW = 5;

function hashOf(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/**
 * Sign-in to the console by emailed link. Asking answers the same whatever the email (no one learns who
 * is an organiser); redeeming spends the link once, within 15 minutes, and issues an expiring token.
 */
@Injectable()
export class SignInLinksService {
  constructor(
    private readonly em: EntityManager,
    private readonly outbox: Outbox,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(SERVICE_CONFIG) private readonly config: ServiceConfig,
  ) {}

  async request(body: RequestSignInLinkBody, now = this.clock.now()): Promise<void> {
    await this.em.fork().transactional(async (em) => {
      const organiser = await em.findOne(Organiser, { email: body.email });
      if (!organiser) return;
      const since = new Date(now.getTime() - LINK_MINUTES * 60_000);
      if ((await em.count(SignInLink, { organiserId: organiser.id, createdAt: { $gt: since } })) >= LINKS_PER_WINDOW) return;
      const token = randomBytes(32).toString('base64url');
      const link = em.create(SignInLink, {
        id: randomUUID(),
        organiserId: organiser.id,
        tokenHash: hashOf(token),
        createdAt: now,
        expiresAt: new Date(now.getTime() + LINK_MINUTES * 60_000),
        usedAt: null,
      });
      this.outbox.publish(em, 'organiser.sign-in-link-requested', {
        linkId: link.id,
        email: body.email,
        name: organiser.name,
        language: body.language,
        url: consoleSignInUrl(this.config.PUBLIC_URL, token),
        expiresAt: link.expiresAt.toISOString(),
      });
    });
  }

  async redeem(body: RedeemSignInLinkBody, now = this.clock.now()): Promise<SessionToken> {
    return this.em.fork().transactional(async (em) => {
      const link = await em.findOne(SignInLink, { tokenHash: hashOf(body.token) }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      // One answer for unknown, spent and expired links: the link's holder learns nothing else.
      if (!link || link.usedAt || link.expiresAt <= now) {
        throw new UseCaseError('sign-in-link-invalid', 410, 'This sign-in link is unknown, expired or already used');
      }
      link.usedAt = now;
      const organiser = await em.findOneOrFail(Organiser, { id: link.organiserId });
      return issueSessionToken(em, this.outbox, organiser, body.hours, now);
    });
  }
}
