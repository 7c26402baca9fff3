import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { workshopSlots } from '@cercle/events-domain';
import { OccurrenceNote } from '../entities/occurrence-note.entity';
import { TopicProposal } from '../entities/topic-proposal.entity';
import { WorkshopScribe } from '../entities/workshop-scribe.entity';
import { communityMember, lockOccurrenceForChange } from '../topics/occurrence-access';
import { placementDayOf } from '../topics/topic-list';
import { OccurrenceReader } from '../occurrences/occurrence-reader';
import { workshopScribes } from './scribes';
import { CLOCK, Clock, UseCaseError } from '@cercle/platform';

/** Naming a scribe per workshop; the workshops of an open forum are its selected topics. */
@Injectable()
export class ScribesService {
  constructor(
    private readonly em: EntityManager,
    private readonly reader: OccurrenceReader,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async assign(occurrenceId: string, workshop: string, memberId: string) {
    await this.em.fork().transactional(async (em) => {
      const { occurrence, series } = await lockOccurrenceForChange(em, occurrenceId);
      await communityMember(em, series.communityId, memberId);
      // A format with workshop slots holds one workshop per selected topic; others (the peer group) hold
      // a single session whose name the organiser chooses.
      if (workshopSlots(placementDayOf(series, occurrence)).length) {
        const selected = await em.find(TopicProposal, { occurrenceId, selected: true }, { orderBy: { title: 'asc' } });
        if (!selected.some((topic) => topic.title === workshop)) {
          const titles = selected.map((t) => `"${t.title}"`).join(', ') || 'none yet';
          throw new UseCaseError(
            'workshop-unknown',
            422,
            `"${workshop}" is not a selected topic of this occurrence: select the topic first (selected: ${titles}).`,
          );
        }
      }
      await em.upsert(WorkshopScribe, { occurrenceId, workshop, memberId, volunteerName: null, assignedAt: this.clock.now() });
    });
    return this.list(occurrenceId);
  }

  async list(occurrenceId: string) {
    await this.reader.assertExists(occurrenceId);
    const em = this.em.fork();
    const notes = new Map((await em.find(OccurrenceNote, { occurrenceId })).map((n) => [n.workshop, n.submittedAt]));
    return (await workshopScribes(em, occurrenceId)).map((s) => ({ ...s, notesSubmittedAt: notes.get(s.workshop) ?? null }));
  }
}
