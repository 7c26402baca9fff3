import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { EntityManager, UniqueConstraintViolationException } from '@mikro-orm/postgresql';
import { OrganiserPrincipal, Outbox, conflict, notFound, CLOCK, type Clock } from '@cercle/platform';
import { CommunitiesService } from '../communities/communities.service';
import { Organiser } from '../entities/organiser.entity';
import type { CreateOrganiserBody, RecoverOrganiserBody } from './organisers.schemas';
import { issueToken } from './organiser-tokens';

const emailTaken = (email: string) => conflict('organiser-email-taken', `Another organiser already uses ${email}`);

@Injectable()
export class OrganisersService {
  constructor(
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly em: EntityManager,
    private readonly outbox: Outbox,
    private readonly communities: CommunitiesService,
  ) {}

  /** Creates an organiser with a first API token; the token is shown once and stored only as a hash. */
  async create(input: CreateOrganiserBody, now = this.clock.now()): Promise<{ organiserId: string; email: string | null; token: string }> {
    const email = input.email ?? null;
    try {
      return await this.em.fork().transactional(async (em) => {
        if (email && (await em.count(Organiser, { email }))) throw emailTaken(email);
        const organiser = em.create(Organiser, { id: randomUUID(), name: input.name, email, createdAt: now });
        const { token } = issueToken(em, this.outbox, organiser, { name: 'default', readOnly: false, expiresAt: null });
        return { organiserId: organiser.id, email, token };
      });
    } catch (error) {
      // Two creations with one address at the same time: the unique index decides, the loser hears why.
      if (email && error instanceof UniqueConstraintViolationException) throw emailTaken(email);
      throw error;
    }
  }

  /**
   * A new token for an organiser known by this email, for the installer (admin token) to hand over when
   * they have no working token left; their other tokens are left as they are. Unknown email: 404.
   */
  async recover(input: RecoverOrganiserBody): Promise<{ organiserId: string; email: string; token: string }> {
    return this.em.fork().transactional(async (em) => {
      const organiser = await em.findOne(Organiser, { email: input.email });
      if (!organiser) throw notFound('organiser', input.email);
      const { token } = issueToken(em, this.outbox, organiser, {
        name: `recovered ${this.clock.now().toISOString().slice(0, 10)}`,
        readOnly: false,
        expiresAt: null,
      });
      return { organiserId: organiser.id, email: input.email, token };
    });
  }

  /** Who the caller is, with the token they call with and the communities they organise. */
  async me(principal: OrganiserPrincipal) {
    const organiser = await this.em.fork().findOne(Organiser, { id: principal.organiserId });
    if (!organiser) throw notFound('organiser', principal.organiserId);
    const communities = await this.communities.listOrganisedBy(organiser.id);
    return {
      organiserId: organiser.id,
      name: organiser.name,
      email: organiser.email,
      token: { tokenId: principal.tokenId, readOnly: principal.readOnly },
      communities: communities.map((c) => ({ communityId: c.id, name: c.name, role: c.role })),
    };
  }
}
