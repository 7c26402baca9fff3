import { InvalidTimeZoneError } from '../errors';
import {
  assertTimeZone,
  floatingToWallClock,
  isRealLocalDate,
  isRealLocalDateTime,
  wallClockToFloating,
  wallClockToInstant,
} from './zoned-time';

describe('zoned time', () => {
  it('tells real local dates from well-shaped impossible ones', () => {
    expect(isRealLocalDate('2024-02-29')).toBe(true);
    expect(isRealLocalDate('2025-02-29')).toBe(false);
    expect(isRealLocalDate('2025-1-01')).toBe(false);
    expect(isRealLocalDateTime('2025-03-30T02:30')).toBe(true);
    expect(isRealLocalDateTime('2025-03-30T24:00')).toBe(false);
  });

  it('round-trips wall-clock fields through the floating representation', () => {
    const wallClock = { year: 2025, month: 10, day: 26, hour: 2, minute: 30 };
    expect(wallClockToFloating(wallClock).toISOString()).toBe('2025-10-26T02:30:00.000Z');
    expect(floatingToWallClock(wallClockToFloating(wallClock))).toEqual(wallClock);
  });

  it('places the same wall-clock time at different instants in winter and summer', () => {
    expect(wallClockToInstant({ year: 2025, month: 1, day: 15, hour: 19, minute: 0 }, 'Europe/Paris').toISOString()).toBe(
      '2025-01-15T18:00:00.000Z',
    );
    expect(wallClockToInstant({ year: 2025, month: 7, day: 15, hour: 19, minute: 0 }, 'Europe/Paris').toISOString()).toBe(
      '2025-07-15T17:00:00.000Z',
    );
  });

  it('rejects unknown time zones with a typed error', () => {
    expect(() => assertTimeZone('America/New_York')).not.toThrow();
    expect(() => assertTimeZone('Europe/Lutetia')).toThrow(InvalidTimeZoneError);
  });
});
