import { Inject, Injectable } from '@nestjs/common';
import { LockMode } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { healthSettingsOf, isLive, withChanges, type HealthSettings } from '@cercle/events-domain';
import { CLOCK, Clock, Outbox, notFound } from '@cercle/platform';
import { Occurrence } from '../entities/occurrence.entity';
import { Series } from '../entities/series.entity';
import { assertCommunityMembers } from '../roles/people-directory';
import type { HealthChecksBody } from './health.schemas';
import { checkHealthSoon, scheduleHealthChecks } from './health-jobs';

/** A series' health checks: read with the defaults filled in, changed check by check. */
@Injectable()
export class HealthSettingsService {
  constructor(
    private readonly em: EntityManager,
    private readonly outbox: Outbox,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async get(seriesId: string): Promise<HealthSettings> {
    const series = await this.em.fork().findOne(Series, { id: seriesId });
    if (!series) throw notFound('series', seriesId);
    return healthSettingsOf(series.healthChecks);
  }

  /**
   * Merges the change over the current choice; the occurrences still ahead are evaluated again (a check
   * turned off clears its alerts) and their timed evaluations scheduled at the new moments.
   */
  async update(seriesId: string, body: HealthChecksBody): Promise<HealthSettings> {
    return this.em.fork().transactional(async (em) => {
      const series = await em.findOne(Series, { id: seriesId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!series) throw notFound('series', seriesId);
      if (body.notifyMemberIds) await assertCommunityMembers(em, series.communityId, body.notifyMemberIds);
      const merged = withChanges(healthSettingsOf(series.healthChecks), body);
      series.healthChecks = merged;
      const now = this.clock.now();
      const ahead = await em.find(Occurrence, { seriesId, startsAt: { $gt: now } });
      for (const occurrence of ahead.filter((o) => isLive(o.status))) {
        scheduleHealthChecks(this.outbox, em, series, occurrence);
        checkHealthSoon(this.outbox, em, occurrence.id, now);
      }
      return merged;
    });
  }
}
