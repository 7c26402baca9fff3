import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { buildAgenda, formatLocalStart, STEP_NAMES } from '@cercle/events-domain';
import { formatOf } from '../lifecycle/occurrence-facts';
import { contractStatus } from '../lifecycle/occurrence-messages';
import { Occurrence } from '../entities/occurrence.entity';
import { OccurrenceNote } from '../entities/occurrence-note.entity';
import { OccurrenceStep } from '../entities/occurrence-step.entity';
import { OccurrenceAlert } from '../entities/occurrence-alert.entity';
import { RegistrationAnswer } from '../entities/registration-answer.entity';
import { Series } from '../entities/series.entity';
import { TopicProposal } from '../entities/topic-proposal.entity';
import { registrationCounts } from './registration-counts';
import { notFound } from '@cercle/platform';

/** What an organiser sees of an occurrence: agenda with real local times, roles, answers, topics, notes, timeline. */
@Injectable()
export class OccurrenceReader {
  constructor(private readonly em: EntityManager) {}

  async view(occurrenceId: string) {
    const em = this.em.fork();
    const occurrence = await em.findOne(Occurrence, { id: occurrenceId });
    if (!occurrence) throw notFound('occurrence', occurrenceId);
    const series = await em.findOneOrFail(Series, { id: occurrence.seriesId });
    const [steps, answers, topics, notes, alerts] = await Promise.all([
      em.find(OccurrenceStep, { occurrenceId }),
      em.find(RegistrationAnswer, { occurrenceId }),
      this.topics(occurrenceId, em),
      em.find(OccurrenceNote, { occurrenceId }, { orderBy: { workshop: 'asc' } }),
      em.find(OccurrenceAlert, { occurrenceId }, { orderBy: { raisedAt: 'asc', check: 'asc' } }),
    ]);
    const format = formatOf(series);
    return {
      id: occurrence.id,
      seriesId: series.id,
      communityId: series.communityId,
      title: occurrence.title,
      format: { id: format.id, name: format.name },
      key: occurrence.key,
      startsAt: occurrence.startsAt,
      endsAt: occurrence.endsAt,
      // With its offset only on a night the clocks show that time twice, so that it reads back to startsAt.
      localStart: formatLocalStart(occurrence.startsAt, series.timeZone),
      timeZone: series.timeZone,
      location: occurrence.location,
      status: contractStatus(occurrence.status),
      registrationOpen: occurrence.status === 'open',
      registrationClosesAt: occurrence.registrationClosesAt,
      capacity: occurrence.capacity,
      calendarSequence: occurrence.calendarSequence,
      previousStartsAt: occurrence.previousStartsAt,
      cancellationReason: occurrence.cancellationReason,
      theme: occurrence.theme,
      roles: { guideMemberId: occurrence.guideMemberId, contributorMemberIds: occurrence.contributorMemberIds },
      agenda: buildAgenda(format, occurrence.startsAt, series.timeZone).map(
        ({ id, title, kind, startsAt, endsAt, localStart, localEnd }) => ({
          id,
          title,
          kind,
          startsAt,
          endsAt,
          localStart,
          localEnd,
        }),
      ),
      registrations: registrationCounts(answers),
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
      // Health alerts beside the steps: each raised once per condition, cleared when it is gone.
      alerts: alerts.map(({ check, state, detail, raisedAt, clearedAt }) => ({ check, state, detail, raisedAt, clearedAt })),
    };
  }

  /** A series' occurrences in time order, with their local start in the series' zone. */
  async list(seriesId: string) {
    const em = this.em.fork();
    const series = await em.findOne(Series, { id: seriesId });
    if (!series) throw notFound('series', seriesId);
    const occurrences = await em.find(Occurrence, { seriesId }, { orderBy: { startsAt: 'asc' } });
    return occurrences.map((o) => ({
      id: o.id,
      key: o.key,
      startsAt: o.startsAt,
      endsAt: o.endsAt,
      localStart: formatLocalStart(o.startsAt, series.timeZone),
      status: contractStatus(o.status),
      title: o.title,
      theme: o.theme,
      calendarSequence: o.calendarSequence,
      previousStartsAt: o.previousStartsAt,
      cancellationReason: o.cancellationReason,
    }));
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
