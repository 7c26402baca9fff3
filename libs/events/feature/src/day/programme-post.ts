import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { Outbox, SERVICE_CONFIG, ServiceConfig, CLOCK, Clock, conflict } from '@cercle/platform';
import { ProgrammePost } from '../entities/programme-post.entity';
import { noFacts, recipientsOf } from '@cercle/events-domain';
import { audienceOf } from '../lifecycle/audience';
import { notificationRequest } from '../lifecycle/notification-request';
import { occurrenceFacts } from '../lifecycle/occurrence-facts';
import { occurrenceSnapshot } from '../lifecycle/occurrence-messages';
import { rolesForMessages } from '../roles/people-notifications';
import { lockOccurrenceForChange } from '../topics/occurrence-access';
import { snapshotTopics } from '../topics/topic-list';
import { dayLink } from './day-link';

/**
 * Posts the day's programme (room × slot) to the community's channel when the organisers say it changed.
 * The chat sender cannot edit a post, so each publication is a new post: one per explicit change, never
 * one per placement, and none when the programme is the same as the one last posted (409).
 */
@Injectable()
export class ProgrammePostService {
  constructor(
    private readonly em: EntityManager,
    private readonly outbox: Outbox,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(SERVICE_CONFIG) private readonly config: ServiceConfig,
  ) {}

  async post(occurrenceId: string): Promise<{ messageId: string; placed: number }> {
    return this.em.fork().transactional(async (em) => {
      const { occurrence, series } = await lockOccurrenceForChange(em, occurrenceId);
      const topics = await snapshotTopics(em, occurrenceId);
      const placed = topics.filter((t) => t.selected);
      const roles = await rolesForMessages(em, occurrence);
      // What the post shows: the placed workshops and who writes each one's notes (a volunteer on the day changes it).
      const shown = [
        placed.map((t) => [t.title, t.room, t.localStart, t.localEnd, t.proposer]),
        roles.scribes.map((s) => [s.workshop, s.name]),
      ];
      const digest = createHash('sha256').update(JSON.stringify(shown)).digest('hex');
      const last = await em.findOne(ProgrammePost, { occurrenceId });
      if (last?.digest === digest) throw conflict('programme-unchanged', 'The programme has not changed since it was last posted.');
      const occurrenceView = occurrenceSnapshot(occurrenceFacts(series, occurrence, placed));
      const messageId = this.outbox.publish(
        em,
        'notification.requested',
        notificationRequest(occurrenceView, {
          kind: 'programme',
          audience: audienceOf(recipientsOf('programme', noFacts), series.communityId)!,
          roles,
          // The channel reaches the room's page from the programme post, as from the QR code.
          dayPage: dayLink(this.config.LINK_SECRET, this.config.PUBLIC_URL, occurrence, series.timeZone).url,
        }),
      );
      await em.upsert(ProgrammePost, { occurrenceId, digest, messageId, postedAt: this.clock.now() });
      return { messageId, placed: placed.length };
    });
  }
}
