import { InvalidExpansionWindowError, InvalidRecurrenceError } from '../errors';
import { expandOccurrences, nextOccurrence } from './expand-occurrences';
import { RecurrenceRuleInput } from './recurrence-rule';

// Expectations are computed from calendar rules with plain UTC arithmetic, never with luxon or rrule,
// so a bug in how the code uses them cannot hide in the expectation.
const utc = (y: number, m: number, d: number, h = 0, min = 0) => new Date(Date.UTC(y, m - 1, d, h, min));
const daysInMonth = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
/** EU summer time runs from the last Sunday of March to the last Sunday of October, switching at 01:00 UTC. */
const lastSunday = (y: number, m: number) => {
  const last = daysInMonth(y, m);
  return last - new Date(Date.UTC(y, m - 1, last)).getUTCDay();
};
const parisOffsetHours = (instant: Date) => {
  const y = instant.getUTCFullYear();
  const summerStart = utc(y, 3, lastSunday(y, 3), 1);
  const summerEnd = utc(y, 10, lastSunday(y, 10), 1);
  return instant >= summerStart && instant < summerEnd ? 2 : 1;
};
/** The n-th given weekday (0 = Sunday) of a month. */
const nthWeekday = (y: number, m: number, weekday: number, n: number) => {
  const first = new Date(Date.UTC(y, m - 1, 1)).getUTCDay();
  return 1 + ((weekday - first + 7) % 7) + (n - 1) * 7;
};

const monthlyFirstTuesday: RecurrenceRuleInput = {
  rrule: 'FREQ=MONTHLY;BYDAY=1TU',
  startTime: '19:00',
  durationMinutes: 90,
  firstDate: '2025-01-01',
};

describe('expandOccurrences', () => {
  it('keeps 19:00 Paris at 19:00 across the March and October DST changes (18:00Z in winter, 17:00Z in summer)', () => {
    const occurrences = expandOccurrences(monthlyFirstTuesday, { after: utc(2024, 12, 31), count: 12 });

    const expectedStarts = Array.from({ length: 12 }, (_, i) => {
      const day = nthWeekday(2025, i + 1, 2, 1);
      const noonUtc = utc(2025, i + 1, day, 12);
      return utc(2025, i + 1, day, 19 - parisOffsetHours(noonUtc));
    });
    expect(occurrences.map((o) => o.startsAt.toISOString())).toEqual(expectedStarts.map((d) => d.toISOString()));
    expect(occurrences.map((o) => o.startsAt.getUTCHours())).toEqual([18, 18, 18, 17, 17, 17, 17, 17, 17, 17, 18, 18]);
    expect(occurrences.map((o) => o.key)).toEqual(
      expectedStarts.map((d) => `2025-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(d.getUTCDate()).padStart(2, '0')}`),
    );
    for (const o of occurrences) expect(o.endsAt.getTime() - o.startsAt.getTime()).toBe(90 * 60_000);
  });

  it('expands every two months on the second Thursday', () => {
    const occurrences = expandOccurrences(
      { ...monthlyFirstTuesday, rrule: 'FREQ=MONTHLY;INTERVAL=2;BYDAY=2TH', startTime: '10:00', durationMinutes: 480 },
      { after: utc(2024, 12, 31), until: utc(2025, 12, 31) },
    );
    const expectedKeys = [1, 3, 5, 7, 9, 11].map(
      (m) => `2025-${String(m).padStart(2, '0')}-${String(nthWeekday(2025, m, 4, 2)).padStart(2, '0')}`,
    );
    expect(occurrences.map((o) => o.key)).toEqual(expectedKeys);
  });

  it('yields Feb 29 only in leap years for a yearly series started on Feb 29', () => {
    const occurrences = expandOccurrences(
      { rrule: 'FREQ=YEARLY', startTime: '12:00', durationMinutes: 60, firstDate: '2024-02-29', timeZone: 'UTC' },
      { after: utc(2024, 1, 1), count: 3 },
    );
    expect(occurrences.map((o) => o.key)).toEqual(['2024-02-29', '2028-02-29', '2032-02-29']);
  });

  it('skips months without a 31st for BYMONTHDAY=31, as RFC 5545 says', () => {
    const occurrences = expandOccurrences(
      { rrule: 'FREQ=MONTHLY;BYMONTHDAY=31', startTime: '12:00', durationMinutes: 60, firstDate: '2024-01-01' },
      { after: utc(2024, 1, 1), until: utc(2024, 12, 31, 23) },
    );
    const expected = Array.from({ length: 12 }, (_, i) => i + 1)
      .filter((m) => daysInMonth(2024, m) === 31)
      .map((m) => `2024-${String(m).padStart(2, '0')}-31`);
    expect(occurrences.map((o) => o.key)).toEqual(expected);
  });

  it('leaves out a skipped date and places a moved occurrence at its new time under its original key', () => {
    const occurrences = expandOccurrences(
      {
        ...monthlyFirstTuesday,
        skippedDates: ['2025-02-04'],
        movedOccurrences: [{ originalDate: '2025-03-04', newLocalStart: '2025-03-06T18:30' }],
      },
      { after: utc(2024, 12, 31), count: 3 },
    );
    expect(occurrences.map((o) => [o.key, o.startsAt.toISOString(), o.moved])).toEqual([
      ['2025-01-07', utc(2025, 1, 7, 18).toISOString(), false],
      ['2025-03-04', utc(2025, 3, 6, 17, 30).toISOString(), true],
      ['2025-04-01', utc(2025, 4, 1, 17).toISOString(), false],
    ]);
    expect(occurrences[1].endsAt).toEqual(utc(2025, 3, 6, 19));
  });

  it('orders a moved occurrence by its new time, even past the next one, and windows it by its new time', () => {
    const rule = { ...monthlyFirstTuesday, movedOccurrences: [{ originalDate: '2025-04-01', newLocalStart: '2025-05-20T19:00' }] };
    const keys = (after: Date, until: Date) => expandOccurrences(rule, { after, until }).map((o) => o.key);

    expect(keys(utc(2025, 3, 10), utc(2025, 6, 30))).toEqual(['2025-05-06', '2025-04-01', '2025-06-03']);
    expect(keys(utc(2025, 3, 10), utc(2025, 5, 10))).toEqual(['2025-05-06']);
    expect(keys(utc(2025, 5, 10), utc(2025, 5, 31))).toEqual(['2025-04-01']);
    expect(expandOccurrences(rule, { after: utc(2025, 3, 10), count: 1 }).map((o) => o.key)).toEqual(['2025-05-06']);
  });

  it('refuses to move a date the series never produces', () => {
    const rule = { ...monthlyFirstTuesday, movedOccurrences: [{ originalDate: '2025-03-05', newLocalStart: '2025-03-06T18:30' }] };
    expect(() => expandOccurrences(rule, { after: utc(2025, 1, 1), count: 3 })).toThrow(InvalidRecurrenceError);
  });

  it('shifts a start inside the spring-forward gap forward by one hour (RFC 5545: the offset before the gap), keeping the key', () => {
    const occurrences = expandOccurrences(
      { rrule: 'FREQ=DAILY', startTime: '02:30', durationMinutes: 60, firstDate: '2025-03-29' },
      { after: utc(2025, 3, 1), count: 3 },
    );
    const gapDay = lastSunday(2025, 3);
    expect(gapDay).toBe(30);
    // 02:30 does not exist on the 30th: clocks jump from 02:00 to 03:00, so it becomes 03:30+02:00 = 01:30Z.
    expect(occurrences.map((o) => [o.key, o.startsAt.toISOString()])).toEqual([
      ['2025-03-29', utc(2025, 3, 29, 1, 30).toISOString()],
      ['2025-03-30', utc(2025, 3, 30, 1, 30).toISOString()],
      ['2025-03-31', utc(2025, 3, 31, 0, 30).toISOString()],
    ]);
  });

  it('resolves a start inside the fall-back overlap to its first time round, in summer time (RFC 5545, as calendar clients read it)', () => {
    const [occurrence] = expandOccurrences(
      { rrule: 'FREQ=YEARLY', startTime: '02:30', durationMinutes: 60, firstDate: '2025-10-26' },
      { after: utc(2025, 10, 1), count: 1 },
    );
    // 02:30 happens at 00:30Z (+02:00) and again at 01:30Z (+01:00): the first one is kept.
    expect(occurrence.startsAt).toEqual(utc(2025, 10, 26, 0, 30));
    expect(occurrence.endsAt).toEqual(utc(2025, 10, 26, 1, 30));
  });

  it('settles both transitions of the southern hemisphere the same way (Sydney, weekly at 02:30 on Sundays)', () => {
    const rule = {
      rrule: 'FREQ=WEEKLY;BYDAY=SU',
      startTime: '02:30',
      durationMinutes: 60,
      firstDate: '2026-03-29',
      timeZone: 'Australia/Sydney',
    };
    const around = (from: Date) => expandOccurrences(rule, { after: from, count: 2 }).map((o) => [o.key, o.startsAt.toISOString()]);
    // April 5th: 02:30 happens twice (+11:00 then +10:00): the first time is kept.
    expect(around(utc(2026, 3, 28))).toEqual([
      ['2026-03-29', utc(2026, 3, 28, 15, 30).toISOString()],
      ['2026-04-05', utc(2026, 4, 4, 15, 30).toISOString()],
    ]);
    // October 4th: 02:30 is skipped: read with the offset before the gap (+10:00), it is 03:30 +11:00.
    expect(around(utc(2026, 9, 26))).toEqual([
      ['2026-09-27', utc(2026, 9, 26, 16, 30).toISOString()],
      ['2026-10-04', utc(2026, 10, 3, 16, 30).toISOString()],
    ]);
  });

  it('keeps 09:00 New York at 09:00 across the US change on the second Sunday of March', () => {
    const occurrences = expandOccurrences(
      { rrule: 'FREQ=WEEKLY;BYDAY=MO', startTime: '09:00', durationMinutes: 30, firstDate: '2025-03-01', timeZone: 'America/New_York' },
      { after: utc(2025, 3, 1), count: 2 },
    );
    const change = nthWeekday(2025, 3, 0, 2);
    expect(occurrences.map((o) => o.startsAt)).toEqual([utc(2025, 3, change - 6, 14), utc(2025, 3, change + 1, 13)]);
  });

  it('returns occurrences strictly after `after` and up to `until` inclusive', () => {
    const jan = utc(2025, 1, 7, 18);
    const feb = utc(2025, 2, 4, 18);
    expect(expandOccurrences(monthlyFirstTuesday, { after: jan, until: feb }).map((o) => o.startsAt)).toEqual([feb]);
    expect(expandOccurrences(monthlyFirstTuesday, { after: jan, count: 0 })).toEqual([]);
  });

  it('honours COUNT in the RRULE', () => {
    const rule = { ...monthlyFirstTuesday, rrule: 'FREQ=MONTHLY;BYDAY=1TU;COUNT=2' };
    expect(expandOccurrences(rule, { after: utc(2024, 1, 1), count: 10 }).map((o) => o.key)).toEqual(['2025-01-07', '2025-02-04']);
  });

  it('reads UNTIL in the RRULE as local wall-clock time, like every other rrule date in floating mode', () => {
    // The March occurrence starts at 19:00 Paris = 18:00Z: before 18:30Z as an instant, after 18:30 on the clock.
    const rule = { ...monthlyFirstTuesday, rrule: 'FREQ=MONTHLY;BYDAY=1TU;UNTIL=20250304T183000Z' };
    expect(expandOccurrences(rule, { after: utc(2024, 1, 1), count: 10 }).map((o) => o.key)).toEqual(['2025-01-07', '2025-02-04']);
  });

  it('rejects a window that never ends or is inverted', () => {
    expect(() => expandOccurrences(monthlyFirstTuesday, { after: utc(2025, 1, 1) })).toThrow(InvalidExpansionWindowError);
    expect(() => expandOccurrences(monthlyFirstTuesday, { after: utc(2025, 1, 1), until: utc(2024, 1, 1) })).toThrow(
      InvalidExpansionWindowError,
    );
    expect(() => expandOccurrences(monthlyFirstTuesday, { after: utc(2025, 1, 1), count: -1 })).toThrow(InvalidExpansionWindowError);
  });
});

describe('nextOccurrence', () => {
  it('returns the first occurrence strictly after the given instant', () => {
    expect(nextOccurrence(monthlyFirstTuesday, utc(2025, 1, 7, 18))?.startsAt).toEqual(utc(2025, 2, 4, 18));
    expect(nextOccurrence(monthlyFirstTuesday, utc(2025, 1, 7, 17, 59))?.startsAt).toEqual(utc(2025, 1, 7, 18));
  });

  it('returns null once the series is over', () => {
    expect(nextOccurrence({ ...monthlyFirstTuesday, rrule: 'FREQ=MONTHLY;BYDAY=1TU;COUNT=1' }, utc(2025, 1, 8))).toBeNull();
  });

  it('throws InvalidRecurrenceError with a clear message for a bad RRULE or time zone', () => {
    expect(() => nextOccurrence({ ...monthlyFirstTuesday, rrule: 'FREQ=SOMETIMES' }, utc(2025, 1, 1))).toThrow(
      /Invalid recurrence rule: rrule: invalid RRULE "FREQ=SOMETIMES"/,
    );
    expect(() => nextOccurrence({ ...monthlyFirstTuesday, timeZone: 'Mars/Olympus_Mons' }, utc(2025, 1, 1))).toThrow(
      /unknown time zone "Mars\/Olympus_Mons"/,
    );
    expect(() => nextOccurrence({ ...monthlyFirstTuesday, timeZone: 'Mars/Olympus_Mons' }, utc(2025, 1, 1))).toThrow(
      InvalidRecurrenceError,
    );
  });
});
