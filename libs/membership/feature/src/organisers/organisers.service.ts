import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { KnownToken, newApiToken, Outbox } from '@cercle/platform';
import { Organiser } from '../entities/organiser.entity';

@Injectable()
export class OrganisersService {
  constructor(
    private readonly em: EntityManager,
    private readonly outbox: Outbox,
  ) {}

  /** Creates an organiser with a first API token; the token is shown once and stored only as a hash. */
  async create(name: string): Promise<{ organiserId: string; token: string }> {
    const { token, hash } = newApiToken();
    const organiserId = randomUUID();
    await this.em.fork().transactional(async (em) => {
      em.create(Organiser, { id: organiserId, name, createdAt: new Date() });
      const known = em.create(KnownToken, { tokenHash: hash, tokenId: randomUUID(), organiserId, organiserName: name, name: 'default', readOnly: false, revokedAt: null });
      this.outbox.publish(em, 'organiser.token-issued', {
        tokenId: known.tokenId,
        organiserId,
        organiserName: name,
        tokenHash: hash,
        revokedAt: null,
        name: known.name,
        readOnly: false,
        expiresAt: null,
      });
    });
    return { organiserId, token };
  }
}
