import { Inject, Injectable } from '@nestjs/common';
import { LockMode } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { KnownToken, OrganiserPrincipal, Outbox, UseCaseError, notFound, CLOCK, type Clock } from '@cercle/platform';
import { expiryOf, type CreateTokenBody } from './organisers.schemas';
import { issueToken, publishTokenState, TokenView, tokenView } from './organiser-tokens';

/** An organiser's own API tokens: list, issue, revoke. Nobody sees or touches another organiser's tokens. */
@Injectable()
export class OrganiserTokensService {
  constructor(
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly em: EntityManager,
    private readonly outbox: Outbox,
  ) {}

  async list(principal: OrganiserPrincipal): Promise<TokenView[]> {
    const tokens = await this.em
      .fork()
      .find(KnownToken, { organiserId: principal.organiserId }, { orderBy: { name: 'asc', tokenId: 'asc' } });
    return tokens.map(tokenView);
  }

  /**
   * Issues a token to the caller; the answer is the only place the token itself ever appears. A token
   * never outlives the one that asks for it: an expiring token cannot mint a lasting one (no expiry
   * asked for means the caller's own; a later one is refused).
   */
  async issue(principal: OrganiserPrincipal, body: CreateTokenBody, now = this.clock.now()): Promise<TokenView & { token: string }> {
    const asked = expiryOf(body, now);
    const limit = principal.expiresAt;
    if (limit && asked && asked > limit) {
      throw new UseCaseError('token-outlives-caller', 422, `A token cannot expire after the one that creates it (${limit.toISOString()})`);
    }
    return this.em.fork().transactional(async (em) => {
      const { token, known } = issueToken(
        em,
        this.outbox,
        { id: principal.organiserId, name: principal.organiserName },
        {
          name: body.name,
          readOnly: body.readOnly,
          expiresAt: asked ?? limit,
        },
      );
      return { ...tokenView(known), token };
    });
  }

  /**
   * Revokes one of the caller's tokens, the one they call with included (their next call with it is
   * refused). Revoking a revoked token answers the same again and publishes nothing: DELETE is idempotent.
   * Another organiser's token answers 404 exactly like one that does not exist.
   */
  async revoke(principal: OrganiserPrincipal, tokenId: string, now = this.clock.now()): Promise<TokenView & { revokedOwnToken: boolean }> {
    return this.em.fork().transactional(async (em) => {
      const known = await em.findOne(KnownToken, { tokenId, organiserId: principal.organiserId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!known) throw notFound('token', tokenId);
      if (!known.revokedAt) {
        known.revokedAt = now;
        publishTokenState(em, this.outbox, known);
      }
      return { ...tokenView(known), revokedOwnToken: known.tokenId === principal.tokenId };
    });
  }
}
