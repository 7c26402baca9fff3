import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { HealthAlertView } from '@cercle/contracts';
import {
  alertChanges,
  HEALTH_CHECKS,
  findProblems,
  healthSettingsOf,
  noFacts,
  recipientsOf,
  type HealthCheck,
  type HealthFinding,
} from '@cercle/events-domain';
import { CLOCK, Clock, Outbox, SERVICE_CONFIG, ServiceConfig } from '@cercle/platform';
import { Occurrence } from '../entities/occurrence.entity';
import { OccurrenceAlert } from '../entities/occurrence-alert.entity';
import { Series } from '../entities/series.entity';
import { audienceOf } from '../lifecycle/audience';
import { notificationRequest } from '../lifecycle/notification-request';
import { occurrenceFacts } from '../lifecycle/occurrence-facts';
import { occurrenceSnapshot } from '../lifecycle/occurrence-messages';
import { namesOf } from '../roles/people-directory';
import { rolesForMessages } from '../roles/people-notifications';
import { occurrencePageUrl } from '../occurrences/occurrence-url';
import { snapshotTopics } from '../topics/topic-list';
import { healthFacts } from './health-facts';

export interface HealthEvaluation {
  raised: HealthCheck[];
  cleared: HealthCheck[];
}

/**
 * Evaluates an occurrence's health checks and keeps its alerts in step: a condition found with no alert
 * raised raises one and tells the guide and the series' alert contacts; a raised alert whose condition is
 * gone clears and says so (once, and only before the occurrence starts). Runs under the occurrence's row
 * lock, so two evaluations serialise and the second finds the first's alerts.
 */
@Injectable()
export class HealthAlerts {
  constructor(
    private readonly outbox: Outbox,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(SERVICE_CONFIG) private readonly config: ServiceConfig,
  ) {}

  async evaluate(em: EntityManager, occurrenceId: string): Promise<HealthEvaluation> {
    const occurrence = await em.findOne(Occurrence, { id: occurrenceId }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
    if (!occurrence) return { raised: [], cleared: [] };
    const series = await em.findOneOrFail(Series, { id: occurrence.seriesId });
    const settings = healthSettingsOf(series.healthChecks);
    const now = this.clock.now();
    const open = await em.find(OccurrenceAlert, { occurrenceId, state: 'raised' });
    // A series without checks (the default) costs one indexed read per change of facts.
    if (open.length === 0 && !HEALTH_CHECKS.some((check) => settings[check].enabled)) return { raised: [], cleared: [] };
    const findings = findProblems(settings, await healthFacts(em, series, occurrence, now));
    const changes = alertChanges(
      open.map((a) => a.check),
      findings,
      occurrence.status,
    );
    const tell = (kind: 'healthAlert' | 'healthAlertCleared', alert: OccurrenceAlert) =>
      this.tell(em, { series, occurrence, contacts: settings.notifyMemberIds }, kind, alert);
    for (const finding of changes.raise) {
      const alert = em.create(OccurrenceAlert, {
        id: randomUUID(),
        occurrenceId,
        check: finding.check,
        state: 'raised',
        detail: detailOf(finding),
        raisedAt: now,
      });
      await tell('healthAlert', alert);
    }
    for (const alert of open.filter((a) => changes.clear.includes(a.check))) {
      Object.assign(alert, { state: 'cleared', clearedAt: now });
      if (changes.tellCleared) await tell('healthAlertCleared', alert);
    }
    await em.flush();
    return { raised: changes.raise.map((f) => f.check), cleared: changes.clear };
  }

  /** To the guide and the series' alert contacts, by the audience table; nobody to tell sends nothing. */
  private async tell(
    em: EntityManager,
    about: { series: Series; occurrence: Occurrence; contacts: string[] },
    kind: 'healthAlert' | 'healthAlertCleared',
    alert: OccurrenceAlert,
  ): Promise<void> {
    const { series, occurrence } = about;
    const recipients = recipientsOf(kind, { ...noFacts, guide: occurrence.guideMemberId, alertContacts: about.contacts });
    const audience = audienceOf(recipients, series.communityId);
    if (!audience) return;
    const snapshot = occurrenceSnapshot(occurrenceFacts(series, occurrence, await snapshotTopics(em, occurrence.id)));
    const roles = await rolesForMessages(em, occurrence);
    const view = await this.view(em, alert);
    this.outbox.publish(em, 'notification.requested', notificationRequest(snapshot, { kind, audience, roles, alert: view }));
  }

  /** The alert as messages carry it: the people concerned by name, as events knows them now. */
  private async view(em: EntityManager, alert: OccurrenceAlert): Promise<HealthAlertView> {
    const { memberIds, ...numbers } = alert.detail;
    const names = await namesOf(em, memberIds);
    return {
      check: alert.check,
      raisedAt: alert.raisedAt.toISOString(),
      names: memberIds.map((id) => names.get(id) ?? id),
      ...numbers,
      link: occurrencePageUrl(this.config.PUBLIC_URL, alert.occurrenceId),
    };
  }
}

function detailOf({ detail }: HealthFinding): OccurrenceAlert['detail'] {
  return {
    memberIds: detail.memberIds ?? [],
    count: detail.count ?? null,
    threshold: detail.threshold ?? null,
    capacity: detail.capacity ?? null,
    free: detail.free ?? null,
  };
}
