import { InvalidRecurrenceError } from '../errors';
import { DEFAULT_TIME_ZONE, parseRecurrenceRule } from './recurrence-rule';

const valid = { rrule: 'FREQ=MONTHLY;BYDAY=1TU', startTime: '10:00', durationMinutes: 90, firstDate: '2025-01-01' };

function problemOf(input: unknown): string {
  try {
    parseRecurrenceRule(input);
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidRecurrenceError);
    expect((error as InvalidRecurrenceError).code).toBe('INVALID_RECURRENCE');
    return (error as Error).message;
  }
  throw new Error('expected the rule to be rejected');
}

describe('parseRecurrenceRule', () => {
  it('defaults the time zone to Europe/Paris and the exceptions to none', () => {
    expect(parseRecurrenceRule(valid)).toEqual({ ...valid, timeZone: DEFAULT_TIME_ZONE, skippedDates: [], movedOccurrences: [] });
    expect(DEFAULT_TIME_ZONE).toBe('Europe/Paris');
  });

  it('accepts the RRULE: prefix', () => {
    expect(parseRecurrenceRule({ ...valid, rrule: 'RRULE:FREQ=MONTHLY;INTERVAL=2;BYDAY=2TH' }).rrule).toBe(
      'RRULE:FREQ=MONTHLY;INTERVAL=2;BYDAY=2TH',
    );
  });

  it.each([
    ['garbage', /FREQ is required/],
    ['FREQ=MONTHLY;FOO=1', /Unknown RRULE property 'FOO'/],
    ['', /empty/],
    ['BYDAY=1TU', /FREQ is required/],
    ['FREQ=SOMETIMES', /FREQ must be DAILY, WEEKLY, MONTHLY or YEARLY/],
    ['FREQ=HOURLY', /FREQ must be DAILY, WEEKLY, MONTHLY or YEARLY/],
    ['FREQ=MONTHLY;INTERVAL=0', /INTERVAL must be a positive integer/],
    ['FREQ=MONTHLY;INTERVAL=abc', /INTERVAL must be a positive integer/],
    ['FREQ=MONTHLY;COUNT=-2', /COUNT must be a positive integer/],
    ['FREQ=MONTHLY;BYDAY=9XX', /invalid RRULE/],
    ['FREQ=MONTHLY;BYDAY=1TU;BYSETPOS=400', /bysetpos/],
    ['FREQ=MONTHLY;BYHOUR=10', /BYHOUR is not allowed/],
    ['DTSTART=20250101T000000Z;FREQ=MONTHLY', /DTSTART is not allowed/],
  ])('rejects the RRULE %p', (rrule, message) => {
    expect(problemOf({ ...valid, rrule })).toMatch(message);
  });

  it('rejects an unknown time zone, naming it', () => {
    expect(problemOf({ ...valid, timeZone: 'Europe/Atlantis' })).toMatch(/timeZone: unknown time zone "Europe\/Atlantis"/);
  });

  it.each([
    [{ startTime: '24:00' }, /startTime/],
    [{ startTime: '9:00' }, /startTime/],
    [{ durationMinutes: 0 }, /durationMinutes/],
    [{ durationMinutes: 1.5 }, /durationMinutes/],
    [{ firstDate: '2025-02-29' }, /firstDate: must be a real date/],
    [{ skippedDates: ['2025-13-01'] }, /skippedDates.0/],
    [{ movedOccurrences: [{ originalDate: '2025-02-04', newLocalStart: '2025-02-05 10:00' }] }, /newLocalStart/],
    [
      { skippedDates: ['2025-02-04'], movedOccurrences: [{ originalDate: '2025-02-04', newLocalStart: '2025-02-05T10:00' }] },
      /both skipped and moved/,
    ],
    [
      {
        movedOccurrences: [
          { originalDate: '2025-02-04', newLocalStart: '2025-02-05T10:00' },
          { originalDate: '2025-02-04', newLocalStart: '2025-02-06T10:00' },
        ],
      },
      /moved twice/,
    ],
  ])('rejects %p', (override, message) => {
    expect(problemOf({ ...valid, ...override })).toMatch(message);
  });
});
