import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { Outbox } from '@cercle/platform';
import { Organiser } from '../entities/organiser.entity';
import { issueApiToken } from './issue-token';

@Injectable()
export class OrganisersService {
  constructor(
    private readonly em: EntityManager,
    private readonly outbox: Outbox,
  ) {}

  /** Creates an organiser with a first API token; the token is shown once and stored only as a hash. */
  async create(name: string): Promise<{ organiserId: string; token: string }> {
    const organiserId = randomUUID();
    const { token } = await this.em.fork().transactional(async (em) => {
      em.create(Organiser, { id: organiserId, name, createdAt: new Date() });
      return issueApiToken(em, this.outbox, { organiserId, organiserName: name });
    });
    return { organiserId, token };
  }
}
