import { DateTime } from 'luxon';
import { monthOfNextOffsetChange } from './dst';

describe('monthOfNextOffsetChange', () => {
  it('finds the month of the spring change in Paris when asked in November', () => {
    const { firstDate, changeAt } = monthOfNextOffsetChange(new Date('2026-11-24T10:00:00Z'), 'Europe/Paris', 40);
    expect(firstDate).toBe('2027-03-01');
    const before = DateTime.fromISO(`${changeAt}T12:00`, { zone: 'Europe/Paris' }).minus({ days: 2 });
    expect(before.offset).not.toBe(DateTime.fromISO(`${changeAt}T12:00`, { zone: 'Europe/Paris' }).offset);
  });

  it('skips a change that is too close', () => {
    expect(monthOfNextOffsetChange(new Date('2027-03-10T10:00:00Z'), 'Europe/Paris', 40).firstDate).toBe('2027-10-01');
  });

  it('refuses a zone without DST', () => {
    expect(() => monthOfNextOffsetChange(new Date('2026-11-24T10:00:00Z'), 'UTC', 40)).toThrow(/does not change/);
  });
});
