/** The checks an organiser can turn on for a series, in the order alerts are listed. */
export const HEALTH_CHECKS = ['noGuide', 'contributorNotReady', 'lowRegistrations', 'waitingListWhileFree', 'failedDeliveries'] as const;
export type HealthCheck = (typeof HEALTH_CHECKS)[number];

/**
 * A series' health checks and their thresholds. `daysBefore` is counted back from the occurrence's start:
 * the check applies from then until the occurrence starts.
 */
export interface HealthSettings {
  noGuide: { enabled: boolean; daysBefore: number };
  contributorNotReady: { enabled: boolean; daysBefore: number };
  /** `minShare` of the capacity (0–1) held by `yes` answers with a place; only for occurrences with a capacity. */
  lowRegistrations: { enabled: boolean; daysBefore: number; minShare: number };
  waitingListWhileFree: { enabled: boolean };
  /** Raised once `atLeast` deliveries about the occurrence failed for good (and were not resent since). */
  failedDeliveries: { enabled: boolean; atLeast: number };
  /**
   * Who is told besides the guide: members of the community who organise it. Alerts need an email address
   * and, for a direct message, a Mattermost username, which only a member record carries.
   */
  notifyMemberIds: string[];
}

/**
 * Every check is off until the organisers of a series turn it on (PUT /series/{id}/health-checks): an alert
 * nobody asked for is noise. The thresholds, when a check is on and its threshold not given, and why:
 * - noGuide D-14: a week before the contributors' reminder (D-7), time enough to find someone to lead;
 * - contributorNotReady D-7: the day the contributors' reminder goes out, so the guide knows who to help;
 * - lowRegistrations D-10, under half the places: ten days still leave time to relay the announcement;
 * - a waiting list while places are free means an answer was missed: always worth a look;
 * - one failed delivery is one person who was not told.
 */
export const DEFAULT_HEALTH_SETTINGS: HealthSettings = {
  noGuide: { enabled: false, daysBefore: 14 },
  contributorNotReady: { enabled: false, daysBefore: 7 },
  lowRegistrations: { enabled: false, daysBefore: 10, minShare: 0.5 },
  waitingListWhileFree: { enabled: false },
  failedDeliveries: { enabled: false, atLeast: 1 },
  notifyMemberIds: [],
};

/** Changes to some checks (and thresholds), as stored or as an organiser sends them. */
export type HealthChanges = { [K in keyof HealthSettings]?: K extends 'notifyMemberIds' ? string[] : Partial<HealthSettings[K]> };

/** `changes` over `current`: a check or threshold not mentioned keeps its value. */
export function withChanges(current: HealthSettings, changes: HealthChanges | null | undefined): HealthSettings {
  const c = changes ?? {};
  return {
    noGuide: { ...current.noGuide, ...c.noGuide },
    contributorNotReady: { ...current.contributorNotReady, ...c.contributorNotReady },
    lowRegistrations: { ...current.lowRegistrations, ...c.lowRegistrations },
    waitingListWhileFree: { ...current.waitingListWhileFree, ...c.waitingListWhileFree },
    failedDeliveries: { ...current.failedDeliveries, ...c.failedDeliveries },
    notifyMemberIds: c.notifyMemberIds ?? current.notifyMemberIds,
  };
}

/** A series' stored choices over the defaults. */
export function healthSettingsOf(stored: HealthChanges | null | undefined): HealthSettings {
  return withChanges(DEFAULT_HEALTH_SETTINGS, stored);
}

const DAY_MS = 24 * 3600 * 1000;

/** When the time-bound checks start to apply for an occurrence: the moments a scheduled evaluation is due. */
export function healthCheckTimes(settings: HealthSettings, startsAt: Date): Date[] {
  const days = [settings.noGuide, settings.contributorNotReady, settings.lowRegistrations]
    .filter((c) => c.enabled)
    .map((c) => c.daysBefore);
  return [...new Set(days)].sort((a, b) => b - a).map((d) => new Date(startsAt.getTime() - d * DAY_MS));
}

/** Whether a check counted `daysBefore` days back from `startsAt` applies at `at`. */
export function withinDays(at: Date, startsAt: Date, daysBefore: number): boolean {
  return at.getTime() >= startsAt.getTime() - daysBefore * DAY_MS;
}
