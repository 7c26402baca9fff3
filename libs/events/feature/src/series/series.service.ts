import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { Outbox, CLOCK, Clock, UseCaseError, notFound } from '@cercle/platform';
import { assertDurationFitsAgenda, assertExactSeriesStart, seriesStartNotes } from '@cercle/events-domain';
import { CommunityRef } from '../entities/community-ref.entity';
import { Occurrence } from '../entities/occurrence.entity';
import { Series } from '../entities/series.entity';
import { recurrenceOf } from '../lifecycle/occurrence-facts';
import { OccurrencePlanner } from '../lifecycle/occurrence-planner';
import { assertTeamFits } from '../roles/team-check';
import { OrganiserFormats } from './organiser-formats.service';
import type { CreateSeriesBody } from './series.schemas';

@Injectable()
export class SeriesService {
  constructor(
    private readonly em: EntityManager,
    private readonly planner: OccurrencePlanner,
    private readonly formats: OrganiserFormats,
    private readonly outbox: Outbox,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /**
   * Creates a series, plans its first occurrence after now (with the given roles) and fills the rolling
   * horizon, in one transaction: a recurrence that yields nothing, or step offsets out of order, leave no
   * series behind. `notes` tell the organiser what was decided for them about the dates (see seriesStartNotes).
   */
  async create(organiserId: string, body: CreateSeriesBody): Promise<{ series: Series; occurrenceId: string; notes: string[] }> {
    return this.em.fork().transactional(async (em) => {
      const community = await em.findOne(CommunityRef, { id: body.communityId });
      if (!community) {
        throw new UseCaseError(
          'community-not-found',
          404,
          `Community ${body.communityId} is unknown to the events service: create it in membership first (events learns it from community.changed).`,
        );
      }
      const { format, builtIn } = await this.formats.resolve(em, organiserId, body.formatId);
      const series = em.create(Series, {
        id: randomUUID(),
        communityId: community.id,
        organiserId,
        title: body.title,
        formatId: format.id,
        rrule: body.recurrence.rrule,
        firstDate: body.recurrence.firstDate,
        startTime: body.recurrence.startTime,
        timeZone: body.recurrence.timeZone,
        durationMinutes: body.recurrence.durationMinutes ?? format.defaultDurationMinutes,
        location: body.location,
        capacity: body.capacity,
        horizonOccurrences: body.horizonOccurrences,
        skippedDates: [],
        movedOccurrences: [],
        formatDefinition: builtIn ? null : format,
        stepOffsets: body.stepOffsets,
        createdAt: this.clock.now(),
      });
      // The first occurrence's roles, like any roles: the format's roles only, held by members of this community.
      await assertTeamFits(em, series, { guide: body.guideMemberId, contributors: body.contributorMemberIds });
      // The format's agenda must fit in every occurrence: programme, messages and topic slots end with it.
      assertDurationFitsAgenda(format, series.durationMinutes);
      // The first occurrence is a date and time the organiser chose: one the clocks skip or repeat is refused.
      assertExactSeriesStart(recurrenceOf(series), this.clock.now());
      const planned = await this.planner.planAfter(em, series, this.clock.now(), {
        theme: body.theme,
        guideMemberId: body.guideMemberId,
        contributorMemberIds: body.contributorMemberIds,
      });
      if (planned.kind !== 'planned') {
        throw new UseCaseError('recurrence-exhausted', 422, 'This recurrence has no occurrence after now: nothing to plan.');
      }
      const horizon = await this.planner.topUpHorizon(em, series);
      // Notifications checks template and preview access through the series' community.
      this.outbox.publish(em, 'series.changed', { seriesId: series.id, communityId: series.communityId, title: series.title });
      // Said in the answer, not only applied: a past firstDate moved on, a date whose time the clocks skip or repeat.
      const notes = seriesStartNotes(recurrenceOf(series), this.clock.now(), [planned.occurrence, ...horizon]);
      return { series, occurrenceId: planned.occurrence.id, notes };
    });
  }

  async get(seriesId: string) {
    const em = this.em.fork();
    const series = await em.findOne(Series, { id: seriesId });
    if (!series) throw notFound('series', seriesId);
    const occurrences = await em.find(Occurrence, { seriesId }, { orderBy: { startsAt: 'asc' } });
    return {
      ...series,
      occurrences: occurrences.map(({ id, key, startsAt, endsAt, status, theme }) => ({ id, key, startsAt, endsAt, status, theme })),
    };
  }

  /** A community's series, newest first, each with its next occurrence still to come (none when it has no more). */
  async list(communityId: string, now = this.clock.now()) {
    const em = this.em.fork();
    const series = await em.find(Series, { communityId }, { orderBy: { createdAt: 'desc' } });
    const upcoming = await em.find(
      Occurrence,
      { seriesId: { $in: series.map((s) => s.id) }, startsAt: { $gt: now }, status: { $ne: 'cancelled' } },
      { orderBy: { startsAt: 'asc' } },
    );
    return series.map(({ id, title, formatId, timeZone, location }) => {
      const next = upcoming.find((o) => o.seriesId === id);
      return {
        id,
        title,
        formatId,
        timeZone,
        location,
        nextOccurrence: next ? { id: next.id, startsAt: next.startsAt, status: next.status } : null,
      };
    });
  }
}
