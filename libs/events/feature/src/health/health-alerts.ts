import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { HealthAlertView } from '@cercle/contracts';
import {
  alertChanges,
  checkVerdicts,
  HEALTH_CHECKS,
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
import { consoleDeliveriesUrl, occurrencePageUrl } from '../occurrences/occurrence-url';
import { snapshotTopics } from '../topics/topic-list';
import { healthFacts } from './health-facts';

export interface HealthEvaluation {
  raised: HealthCheck[];
  cleared: HealthCheck[];
  withdrawn: HealthCheck[];
}

const NOTHING: HealthEvaluation = { raised: [], cleared: [], withdrawn: [] };

/**
 * Evaluates an occurrence's health checks and keeps its alerts in step: a condition found with no alert
 * raised raises one and tells the guide, the series' alert contacts and the organisers; a raised alert whose
 * condition was resolved clears and says so, once, to the members who were told of it (and the organisers);
 * a raised alert whose check no longer applies (switched off, window narrowed, stage passed, occurrence over)
 * is withdrawn without a message: nothing was fixed, and the organisers who changed the check know it.
 * Runs under the occurrence's row lock, so two evaluations serialise and the second finds the first's alerts.
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
    if (!occurrence) return NOTHING;
    const series = await em.findOneOrFail(Series, { id: occurrence.seriesId });
    const settings = healthSettingsOf(series.healthChecks);
    const now = this.clock.now();
    const open = await em.find(OccurrenceAlert, { occurrenceId, state: 'raised' });
    // A series without checks (the default) costs one indexed read per change of facts.
    if (open.length === 0 && !HEALTH_CHECKS.some((check) => settings[check].enabled)) return NOTHING;
    const verdicts = checkVerdicts(settings, await healthFacts(em, series, occurrence, now));
    const changes = alertChanges(
      open.map((a) => a.check),
      verdicts,
    );
    const about = { series, occurrence };
    for (const finding of changes.raise) {
      const alert = em.create(OccurrenceAlert, {
        id: randomUUID(),
        occurrenceId,
        check: finding.check,
        state: 'raised',
        detail: detailOf(finding),
        toldMemberIds: [],
        raisedAt: now,
      });
      const told = { guide: occurrence.guideMemberId, alertContacts: settings.notifyMemberIds };
      alert.toldMemberIds = await this.tell(em, about, 'healthAlert', alert, told);
    }
    for (const alert of open) {
      if (changes.clear.includes(alert.check)) {
        Object.assign(alert, { state: 'cleared', clearedAt: now });
        await this.tell(em, about, 'healthAlertCleared', alert, { guide: null, alertContacts: alert.toldMemberIds });
      } else if (changes.withdraw.includes(alert.check)) {
        Object.assign(alert, { state: 'withdrawn', clearedAt: now });
      }
    }
    await em.flush();
    return { raised: changes.raise.map((f) => f.check), cleared: changes.clear, withdrawn: changes.withdraw };
  }

  /**
   * To the given members and the community's organisers, by the audience table; answers the members told
   * (a raise records them, so its clearing reaches the same people and nobody else).
   */
  private async tell(
    em: EntityManager,
    about: { series: Series; occurrence: Occurrence },
    kind: 'healthAlert' | 'healthAlertCleared',
    alert: OccurrenceAlert,
    people: { guide: string | null; alertContacts: string[] },
  ): Promise<string[]> {
    const { series, occurrence } = about;
    const recipients = recipientsOf(kind, { ...noFacts, ...people });
    const audience = audienceOf(recipients, series.communityId);
    if (!audience) return [];
    const snapshot = occurrenceSnapshot(occurrenceFacts(series, occurrence, await snapshotTopics(em, occurrence.id)));
    const roles = await rolesForMessages(em, occurrence);
    const view = await this.view(em, alert);
    this.outbox.publish(em, 'notification.requested', notificationRequest(snapshot, { kind, audience, roles, alert: view }));
    // Health alerts name the members they tell beside the organisers (see the audience table).
    return recipients.type === 'organisers' ? [...recipients.alsoMemberIds] : [];
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
      ...(alert.check === 'failedDeliveries' ? { deliveriesLink: consoleDeliveriesUrl(this.config.PUBLIC_URL) } : {}),
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
