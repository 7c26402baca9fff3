import { alertChanges, checkVerdicts, findProblems, lifecyclePoint, type HealthFacts } from './health-findings';
import {
  DEFAULT_HEALTH_SETTINGS,
  healthCheckTimes,
  healthSettingsOf,
  withChanges,
  type HealthChanges,
  type HealthSettings,
} from './health-settings';

const DAY = 24 * 3600 * 1000;
const startsAt = new Date('2027-03-01T09:00:00Z');
const daysBefore = (days: number) => new Date(startsAt.getTime() - days * DAY);

/** A healthy occurrence three days before: guide, ready contributor, full, nothing failed. */
function facts(overrides: Partial<HealthFacts> = {}): HealthFacts {
  return {
    at: daysBefore(3),
    now: daysBefore(3),
    startsAt,
    status: 'open',
    formatHasGuide: true,
    guideMemberId: 'g',
    contributors: [{ memberId: 'c1', missing: [] }],
    capacity: 10,
    confirmed: 10,
    waitlisted: 0,
    failedDeliveries: 0,
    ...overrides,
  };
}
const checks = (settings: HealthSettings, f: HealthFacts) => findProblems(settings, f).map((p) => p.check);
const on = { enabled: true };
/** Every check turned on, with the default thresholds. */
const all = healthSettingsOf({
  noGuide: on,
  contributorNotReady: on,
  lowRegistrations: on,
  waitingListWhileFree: on,
  failedDeliveries: on,
});
/** Every check on, with some thresholds changed. */
const onWith = (changes: HealthChanges) => withChanges(all, changes);

describe('findProblems', () => {
  it('finds nothing for a healthy occurrence', () => {
    expect(findProblems(all, facts())).toEqual([]);
  });

  it('finds nothing with the defaults: every check is off until the organisers turn it on', () => {
    const everythingWrong = facts({ guideMemberId: null, confirmed: 0, waitlisted: 3, failedDeliveries: 9 });
    expect(findProblems(DEFAULT_HEALTH_SETTINGS, everythingWrong)).toEqual([]);
  });

  describe('noGuide', () => {
    it('is found from its day on, not the day before', () => {
      expect(checks(all, facts({ guideMemberId: null, at: daysBefore(14) }))).toEqual(['noGuide']);
      expect(checks(all, facts({ guideMemberId: null, at: new Date(daysBefore(14).getTime() - 1) }))).toEqual([]);
    });
    it('is not found for a format without a guide', () => {
      expect(checks(all, facts({ guideMemberId: null, formatHasGuide: false }))).toEqual([]);
    });
    it('follows the series threshold and can be turned off', () => {
      const early = onWith({ noGuide: { daysBefore: 20 } });
      expect(checks(early, facts({ guideMemberId: null, at: daysBefore(20) }))).toEqual(['noGuide']);
      expect(checks(onWith({ noGuide: { enabled: false } }), facts({ guideMemberId: null }))).toEqual([]);
    });
  });

  describe('contributorNotReady', () => {
    const late = [
      { memberId: 'c1', missing: [] },
      { memberId: 'c2', missing: ['materials' as const] },
    ];
    it('lists the contributors still missing something, from D-7', () => {
      expect(findProblems(all, facts({ contributors: late, at: daysBefore(7) }))).toEqual([
        { check: 'contributorNotReady', detail: { memberIds: ['c2'], count: 1, threshold: 7 } },
      ]);
      expect(checks(all, facts({ contributors: late, at: daysBefore(8) }))).toEqual([]);
    });
    it('is not found when every contributor is ready, or there is none', () => {
      expect(checks(all, facts({ contributors: [] }))).toEqual([]);
    });
  });

  describe('lowRegistrations', () => {
    it('is found under the share of the capacity from D-10, and not at the share', () => {
      const at = (days: number) => ({ at: daysBefore(days), now: daysBefore(days) });
      expect(findProblems(all, facts({ confirmed: 4, ...at(10) }))).toEqual([
        { check: 'lowRegistrations', detail: { count: 4, threshold: 5, capacity: 10 } },
      ]);
      expect(checks(all, facts({ confirmed: 5, ...at(10) }))).toEqual([]);
      expect(checks(all, facts({ confirmed: 4, ...at(11) }))).toEqual([]);
    });
    it.each(['planned', 'closed'] as const)('does not apply while the occurrence is %s: registration is not open', (status) => {
      expect(checkVerdicts(all, facts({ status, confirmed: 0 })).lowRegistrations).toBe('outOfScope');
    });
    it('counts its window from the real time, not from steps an organiser ran ahead of time', () => {
      const ninety = onWith({ lowRegistrations: { daysBefore: 90 } });
      expect(checks(ninety, facts({ confirmed: 0, at: daysBefore(21), now: daysBefore(128) }))).toEqual([]);
      expect(checks(ninety, facts({ confirmed: 0, at: daysBefore(90), now: daysBefore(90) }))).toEqual(['lowRegistrations']);
    });
    it('rounds the share up: half of 7 places needs 4', () => {
      expect(findProblems(all, facts({ capacity: 7, confirmed: 3 }))[0].detail.threshold).toBe(4);
    });
    it('does not apply without a capacity', () => {
      expect(checks(all, facts({ capacity: null, confirmed: 0 }))).toEqual([]);
    });
    it('follows the share the series chose', () => {
      expect(checks(onWith({ lowRegistrations: { minShare: 0.9 } }), facts({ confirmed: 8 }))).toEqual(['lowRegistrations']);
    });
  });

  describe('waitingListWhileFree', () => {
    it('is found whenever someone waits while places are free, whatever the day', () => {
      expect(findProblems(all, facts({ confirmed: 9, waitlisted: 2, at: daysBefore(30) }))).toEqual([
        { check: 'waitingListWhileFree', detail: { count: 2, free: 1 } },
      ]);
    });
    it('is not found when the places are taken, or without a capacity', () => {
      expect(checks(all, facts({ confirmed: 10, waitlisted: 2 }))).toEqual([]);
      expect(checks(all, facts({ capacity: null, waitlisted: 2 }))).toEqual([]);
    });
  });

  describe('failedDeliveries', () => {
    it('is found from the threshold on, whatever the day', () => {
      expect(checks(all, facts({ failedDeliveries: 1, at: daysBefore(40) }))).toEqual(['failedDeliveries']);
      const three = onWith({ failedDeliveries: { atLeast: 3 } });
      expect(checks(three, facts({ failedDeliveries: 2 }))).toEqual([]);
      expect(checks(three, facts({ failedDeliveries: 3 }))).toEqual(['failedDeliveries']);
    });
  });

  it('lists several problems in the order of the checks', () => {
    const f = facts({
      guideMemberId: null,
      confirmed: 0,
      failedDeliveries: 2,
      contributors: [{ memberId: 'c', missing: ['title'] }],
    });
    expect(checks(all, f)).toEqual(['noGuide', 'contributorNotReady', 'lowRegistrations', 'failedDeliveries']);
  });

  it.each(['held', 'archived', 'cancelled'] as const)('finds nothing once the occurrence is %s', (status) => {
    expect(findProblems(all, facts({ status, guideMemberId: null, confirmed: 0, failedDeliveries: 5 }))).toEqual([]);
  });
});

describe('alertChanges', () => {
  const noGuide = { check: 'noGuide' as const, detail: {} };
  const failed = { check: 'failedDeliveries' as const, detail: { count: 1 } };
  const fine = checkVerdicts(all, facts());
  const verdicts = (over: Partial<typeof fine>) => ({ ...fine, ...over });

  it('raises what is found and not raised yet, and only that', () => {
    expect(alertChanges(['noGuide'], verdicts({ noGuide, failedDeliveries: failed }))).toEqual({
      raise: [failed],
      clear: [],
      withdraw: [],
    });
  });
  it('raises nothing twice for a condition still true', () => {
    expect(alertChanges(['noGuide'], verdicts({ noGuide }))).toEqual({ raise: [], clear: [], withdraw: [] });
  });
  it('clears, to be told, what is raised and now resolved while the check still applies', () => {
    expect(alertChanges(['noGuide', 'failedDeliveries'], verdicts({ failedDeliveries: failed }))).toEqual({
      raise: [],
      clear: ['noGuide'],
      withdraw: [],
    });
  });
  it('withdraws, not clears, an alert whose check was turned off', () => {
    const off = checkVerdicts(withChanges(all, { noGuide: { enabled: false } }), facts({ guideMemberId: null }));
    expect(alertChanges(['noGuide'], off)).toEqual({ raise: [], clear: [], withdraw: ['noGuide'] });
  });
  it('withdraws an alert whose window was narrowed past today', () => {
    const narrowed = checkVerdicts(onWith({ noGuide: { daysBefore: 2 } }), facts({ guideMemberId: null }));
    expect(alertChanges(['noGuide'], narrowed)).toEqual({ raise: [], clear: [], withdraw: ['noGuide'] });
  });
  it('withdraws every alert once the occurrence is held', () => {
    const held = checkVerdicts(all, facts({ status: 'held' }));
    expect(alertChanges(['noGuide', 'lowRegistrations'], held)).toEqual({
      raise: [],
      clear: [],
      withdraw: ['noGuide', 'lowRegistrations'],
    });
  });
  it('withdraws a low-registrations alert once registration closes, rather than saying it is solved', () => {
    const closed = checkVerdicts(all, facts({ status: 'closed', confirmed: 0 }));
    expect(alertChanges(['lowRegistrations'], closed)).toEqual({ raise: [], clear: [], withdraw: ['lowRegistrations'] });
  });
});

describe('lifecyclePoint', () => {
  it('is now when no step ran ahead of time', () => {
    expect(lifecyclePoint(daysBefore(20), [daysBefore(28), daysBefore(21)])).toEqual(daysBefore(20));
  });
  it('is the due time of the latest step run ahead of time', () => {
    expect(lifecyclePoint(daysBefore(40), [daysBefore(28), daysBefore(7)])).toEqual(daysBefore(7));
  });
});

describe('healthSettingsOf and healthCheckTimes', () => {
  it('keeps the defaults for what the series did not choose', () => {
    expect(healthSettingsOf(null)).toEqual(DEFAULT_HEALTH_SETTINGS);
    expect(healthSettingsOf({ lowRegistrations: { minShare: 0.3 } }).lowRegistrations).toEqual({
      enabled: false,
      daysBefore: 10,
      minShare: 0.3,
    });
  });
  it('applies changes over the current choice, keeping every check and threshold not mentioned', () => {
    const changed = withChanges(all, { lowRegistrations: { daysBefore: 5 }, notifyMemberIds: ['o'] });
    expect(changed).toEqual({ ...all, lowRegistrations: { enabled: true, daysBefore: 5, minShare: 0.5 }, notifyMemberIds: ['o'] });
    expect(withChanges(changed, { noGuide: { enabled: false } }).notifyMemberIds).toEqual(['o']);
  });
  it('gives one evaluation time per distinct day of the enabled timed checks, earliest first', () => {
    expect(healthCheckTimes(all, startsAt)).toEqual([daysBefore(14), daysBefore(10), daysBefore(7)]);
    const same = onWith({ noGuide: { daysBefore: 7 }, lowRegistrations: { enabled: false } });
    expect(healthCheckTimes(same, startsAt)).toEqual([daysBefore(7)]);
    expect(healthCheckTimes(DEFAULT_HEALTH_SETTINGS, startsAt)).toEqual([]);
  });
});
