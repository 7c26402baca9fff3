import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { audienceTable } from '@cercle/contracts';
import { notFound } from '@cercle/platform';
import { recipientsOf } from '@cercle/events-domain';
import { Occurrence } from '../entities/occurrence.entity';
import { OccurrenceStep } from '../entities/occurrence-step.entity';
import { audienceFacts } from '../roles/audience-facts';

export type ChangeKind = 'reschedule' | 'cancellation';

/**
 * Who would be told if the occurrence were moved or cancelled now, decided by the same `recipientsOf` as the
 * change itself: nobody before the announcement; after it, the calendar holders (notifications knows them),
 * the registrants named here and the community's channel.
 */
@Injectable()
export class ChangeAudience {
  constructor(private readonly em: EntityManager) {}

  async preview(occurrenceId: string, kind: ChangeKind) {
    const em = this.em.fork();
    const occurrence = await em.findOne(Occurrence, { id: occurrenceId });
    if (!occurrence) throw notFound('occurrence', occurrenceId);
    const announce = await em.findOne(OccurrenceStep, { occurrenceId, step: 'announce' });
    const announced = announce?.state === 'done' && occurrence.status !== 'cancelled';
    if (!announced) return { kind, announced: false, calendarHolders: false, channel: false, memberIds: [] as string[] };
    const recipients = recipientsOf(kind, await audienceFacts(em, occurrence));
    const memberIds =
      recipients.type === 'calendarHolders' ? recipients.alsoMemberIds : recipients.type === 'members' ? recipients.memberIds : [];
    return {
      kind,
      announced: true,
      calendarHolders: recipients.type === 'calendarHolders',
      channel: audienceTable[kind].channels.channelPost,
      memberIds,
    };
  }
}
