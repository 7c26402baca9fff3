import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { Outbox, SERVICE_CONFIG, ServiceConfig, UseCaseError, notFound, CLOCK, type Clock } from '@cercle/platform';
import { JoinRequest } from '../entities/join-request.entity';
import { Member } from '../entities/member.entity';
import { OccurrenceRef } from '../entities/occurrence-ref.entity';
import { JOIN_LIMITS, JOIN_LINK_VALIDITY_MS } from './join-limits';
import { addressHash, signJoinConfirmationUrl, signRegistrationUrl } from './join-link';
import type { JoinForm } from './join.schemas';
import { joinState, type JoinState } from './join-state';

export interface JoinPageView {
  occurrence: OccurrenceRef;
  state: JoinState;
}

/** Refusals of the public page that still show the occurrence, by the state that caused them. */
export class JoinRefused extends UseCaseError {
  constructor(readonly state: Exclude<JoinState, 'open'>) {
    super(`join-${state}`, 409, `This occurrence takes no registration from this page (${state}).`);
  }
}

export const tooManyJoinRequests = () =>
  new UseCaseError('too-many-requests', 429, 'Too many registration requests from this address: try again in an hour.');

/**
 * The public registration page of an occurrence: anyone gives a name and an email, and Cercle mails a
 * link. Someone new gets a confirmation link (nothing else is recorded until they open it); an address
 * the community knows gets its own registration link. Whoever asks sees the same answer either way.
 */
@Injectable()
export class JoinRequestsService {
  constructor(
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly em: EntityManager,
    private readonly outbox: Outbox,
    @Inject(SERVICE_CONFIG) private readonly config: ServiceConfig,
  ) {}

  async page(occurrenceId: string, now = this.clock.now()): Promise<JoinPageView> {
    const occurrence = await this.em.fork().findOne(OccurrenceRef, { id: occurrenceId });
    if (!occurrence) throw notFound('occurrence', occurrenceId);
    return { occurrence, state: joinState(occurrence, now) };
  }

  /** Mails the right link (or, past the per-email limit, nothing), in one transaction with its request row. */
  async request(
    occurrenceId: string,
    form: JoinForm,
    language: 'fr' | 'en',
    clientAddress: string,
    now = this.clock.now(),
  ): Promise<JoinPageView> {
    return this.em.fork().transactional(async (em) => {
      const occurrence = await em.findOne(OccurrenceRef, { id: occurrenceId });
      if (!occurrence) throw notFound('occurrence', occurrenceId);
      const state = joinState(occurrence, now);
      if (state !== 'open') throw new JoinRefused(state);

      // Requests past their link's end are no longer needed, for confirming or for counting.
      await em.nativeDelete(JoinRequest, { expiresAt: { $lt: now } });
      const since = new Date(now.getTime() - JOIN_LIMITS.windowMs);
      const address = addressHash(this.config.LINK_SECRET, clientAddress);
      if ((await em.count(JoinRequest, { addressHash: address, createdAt: { $gte: since } })) >= JOIN_LIMITS.perAddressPerHour)
        throw tooManyJoinRequests();
      if ((await em.count(JoinRequest, { email: form.email, createdAt: { $gte: since } })) >= JOIN_LIMITS.perEmailPerHour)
        return { occurrence, state };

      const known = await em.findOne(Member, { communityId: occurrence.communityId, email: form.email, active: true });
      const request = em.create(JoinRequest, {
        id: randomUUID(),
        occurrenceId,
        purpose: known ? 'personal' : 'confirm',
        email: form.email,
        name: form.name,
        language,
        addressHash: address,
        createdAt: now,
        expiresAt: new Date(now.getTime() + JOIN_LINK_VALIDITY_MS),
        memberId: known?.id ?? null,
      });
      this.outbox.publish(em, 'registration.link-requested', {
        requestId: request.id,
        purpose: request.purpose,
        email: request.email,
        // A known person is greeted by the name they are known by, never by what a stranger typed.
        name: known?.name ?? request.name,
        language,
        occurrenceTitle: occurrence.title,
        startsAt: occurrence.startsAt.toISOString(),
        timeZone: occurrence.timeZone,
        location: occurrence.location,
        url: known ? signRegistrationUrl(this.config, known.id, occurrence) : signJoinConfirmationUrl(this.config, request),
        expiresAt: request.expiresAt.toISOString(),
      });
      return { occurrence, state };
    });
  }
}
