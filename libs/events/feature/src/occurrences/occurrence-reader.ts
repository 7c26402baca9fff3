import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { buildAgenda, getFormat, STEP_NAMES } from '@cercle/events-domain';
import { contractStatus } from '../lifecycle/occurrence-messages';
import { Occurrence } from '../entities/occurrence.entity';
import { OccurrenceNote } from '../entities/occurrence-note.entity';
import { OccurrenceStep } from '../entities/occurrence-step.entity';
import { RegistrationAnswer } from '../entities/registration-answer.entity';
import { Series } from '../entities/series.entity';
import { TopicProposal } from '../entities/topic-proposal.entity';
import { notFound } from '../errors';

/** What an organiser sees of an occurrence: agenda with real local times, roles, answers, topics, notes, timeline. */
@Injectable()
export class OccurrenceReader {
  constructor(private readonly em: EntityManager) {}

  async view(occurrenceId: string) {
    const em = this.em.fork();
    const occurrence = await em.findOne(Occurrence, { id: occurrenceId });
    if (!occurrence) throw notFound('occurrence', occurrenceId);
    const series = await em.findOneOrFail(Series, { id: occurrence.seriesId });
    const [steps, answers, topics, notes] = await Promise.all([
      em.find(OccurrenceStep, { occurrenceId }),
      em.find(RegistrationAnswer, { occurrenceId }),
      this.topics(occurrenceId, em),
      em.find(OccurrenceNote, { occurrenceId }, { orderBy: { workshop: 'asc' } }),
    ]);
    const format = getFormat(series.formatId);
    const count = (answer: RegistrationAnswer['answer']) => answers.filter((a) => a.answer === answer).length;
    return {
      id: occurrence.id,
      seriesId: series.id,
      communityId: series.communityId,
      title: series.title,
      format: { id: format.id, name: format.name },
      key: occurrence.key,
      startsAt: occurrence.startsAt,
      endsAt: occurrence.endsAt,
      timeZone: series.timeZone,
      location: series.location,
      status: contractStatus(occurrence.status),
      registrationOpen: occurrence.status === 'open',
      theme: occurrence.theme,
      roles: { guideMemberId: occurrence.guideMemberId, contributorMemberIds: occurrence.contributorMemberIds },
      agenda: buildAgenda(format, occurrence.startsAt, series.timeZone).map(({ id, title, kind, startsAt, endsAt, localStart, localEnd }) => ({
        id,
        title,
        kind,
        startsAt,
        endsAt,
        localStart,
        localEnd,
      })),
      registrations: { yes: count('yes'), maybe: count('maybe'), no: count('no') },
      topics,
      notes: notes.map(({ workshop, scribeName, markdown, submittedAt }) => ({ workshop, scribeName, markdown, submittedAt })),
      nextRoles: occurrence.nextRolesRecordedAt
        ? {
            theme: occurrence.nextTheme,
            guideMemberId: occurrence.nextGuideMemberId,
            contributorMemberIds: occurrence.nextContributorMemberIds,
            recordedAt: occurrence.nextRolesRecordedAt,
          }
        : null,
      timeline: [...steps]
        .sort((a, b) => STEP_NAMES.indexOf(a.step) - STEP_NAMES.indexOf(b.step))
        .map(({ step, dueAt, state, doneAt, outcome }) => ({ step, dueAt, state, doneAt, outcome })),
    };
  }

  async topics(occurrenceId: string, em = this.em.fork()) {
    const rows = await em.find(TopicProposal, { occurrenceId }, { orderBy: { proposedAt: 'asc' } });
    return rows.map(({ registrationId, memberId, proposerName, title, kind, description, proposedAt }) => ({
      registrationId,
      memberId,
      proposerName,
      title,
      kind,
      description,
      proposedAt,
    }));
  }

  async assertExists(occurrenceId: string): Promise<void> {
    if (!(await this.em.fork().count(Occurrence, { id: occurrenceId }))) throw notFound('occurrence', occurrenceId);
  }
}
