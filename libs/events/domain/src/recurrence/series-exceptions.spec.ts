import { InvalidRecurrenceError } from '../errors';
import { parseRecurrenceRule, RecurrenceRuleInput } from './recurrence-rule';
import {
  exceptionsOf,
  occurrenceAfter,
  planningHorizon,
  pruneExceptions,
  seriesExceptionSchema,
  withException,
  withoutException,
} from './series-exceptions';

// Expectations by calendar arithmetic: third Thursdays of 2027 are Jan 21, Feb 18, Mar 18, Apr 15, May 20.
// Paris is UTC+1 until the last Sunday of March 2027 (the 28th), UTC+2 after, and back to UTC+1 on 31 October.
const utc = (iso: string) => new Date(`${iso}Z`);
const thirdThursday: RecurrenceRuleInput = {
  rrule: 'FREQ=MONTHLY;BYDAY=3TH',
  startTime: '19:00',
  durationMinutes: 90,
  firstDate: '2027-01-01',
};

describe('series exceptions', () => {
  it('skips a date: the horizon takes the following occurrence instead, at 19:00 local on both sides of the DST change', () => {
    const rule = withException(thirdThursday, { type: 'skip', date: '2027-03-18' });
    const horizon = planningHorizon(rule, utc('2027-02-19T00:00'), 3);
    expect(horizon.map((o) => [o.key, o.startsAt.toISOString()])).toEqual([
      ['2027-04-15', '2027-04-15T17:00:00.000Z'],
      ['2027-05-20', '2027-05-20T17:00:00.000Z'],
      ['2027-06-17', '2027-06-17T17:00:00.000Z'],
    ]);
  });

  it('moves one occurrence across the DST change: it keeps its key and its local time is the one asked for', () => {
    // 18 March (winter time) moved to 30 March 18:30, after the clocks went forward: 16:30Z.
    const rule = withException(thirdThursday, { type: 'move', date: '2027-03-18', newLocalStart: '2027-03-30T18:30' });
    const [moved, next] = planningHorizon(rule, utc('2027-03-01T00:00'), 2);
    expect(moved).toEqual({ key: '2027-03-18', startsAt: utc('2027-03-30T16:30'), endsAt: utc('2027-03-30T18:00'), moved: true });
    expect(next.key).toBe('2027-04-15');
  });

  it('moves one occurrence to the second time round of the autumn night when the offset says so, and to the first without it', () => {
    const second = withException(thirdThursday, { type: 'move', date: '2027-10-21', newLocalStart: '2027-10-31T02:30+01:00' });
    const first = withException(thirdThursday, { type: 'move', date: '2027-10-21', newLocalStart: '2027-10-31T02:30' });
    const startOf = (rule: RecurrenceRuleInput) => planningHorizon(rule, utc('2027-10-01T00:00'), 1)[0].startsAt.toISOString();
    expect(startOf(second)).toBe('2027-10-31T01:30:00.000Z');
    expect(startOf(first)).toBe('2027-10-31T00:30:00.000Z');
    expect(exceptionsOf(second)).toEqual([{ type: 'move', date: '2027-10-21', newLocalStart: '2027-10-31T02:30+01:00' }]);
  });

  it('refuses a moved start that is not a real local date-time, with or without an offset', () => {
    for (const newLocalStart of ['2027-10-31T24:00+01:00', '2027-10-31T02:30+1', '2027-02-29T02:30']) {
      expect(seriesExceptionSchema.safeParse({ type: 'move', date: '2027-10-21', newLocalStart }).success).toBe(false);
      expect(() => parseRecurrenceRule({ ...thirdThursday, movedOccurrences: [{ originalDate: '2027-10-21', newLocalStart }] })).toThrow(
        InvalidRecurrenceError,
      );
    }
    expect(seriesExceptionSchema.safeParse({ type: 'move', date: '2027-10-21', newLocalStart: '2027-10-31T02:30-03:00' }).success).toBe(
      true,
    );
  });

  it('replaces an earlier exception for the same date, lists them by date and removes one', () => {
    let rule = withException(thirdThursday, { type: 'move', date: '2027-05-20', newLocalStart: '2027-05-21T19:00' });
    rule = withException(rule, { type: 'skip', date: '2027-02-18' });
    rule = withException(rule, { type: 'skip', date: '2027-05-20' });
    expect(exceptionsOf(rule)).toEqual([
      { type: 'skip', date: '2027-02-18' },
      { type: 'skip', date: '2027-05-20' },
    ]);
    expect(exceptionsOf(withoutException(rule, '2027-02-18'))).toEqual([{ type: 'skip', date: '2027-05-20' }]);
  });

  it('refuses to skip or move a date the rule never produces', () => {
    expect(() => withException(thirdThursday, { type: 'skip', date: '2027-03-19' })).toThrow(InvalidRecurrenceError);
    expect(() => withException(thirdThursday, { type: 'move', date: '2027-03-17', newLocalStart: '2027-03-20T10:00' })).toThrow(
      /not an occurrence/,
    );
  });

  it('drops the exceptions a new rule no longer produces and keeps the others', () => {
    let rule = withException(thirdThursday, { type: 'skip', date: '2027-03-18' });
    rule = withException(rule, { type: 'move', date: '2027-04-15', newLocalStart: '2027-04-16T19:00' });
    // First Thursdays from now on: 2027-04-01 is not a third Thursday, neither 2027-03-18 nor 2027-04-15 is a first one.
    const { rule: pruned, dropped } = pruneExceptions({ ...rule, rrule: 'FREQ=MONTHLY;BYDAY=3TH,1TH' });
    expect(dropped).toEqual([]);
    expect(exceptionsOf(pruned)).toHaveLength(2);
    const firstOnly = pruneExceptions({ ...rule, rrule: 'FREQ=MONTHLY;BYDAY=1TH' });
    expect(firstOnly.dropped.map((e) => e.date)).toEqual(['2027-03-18', '2027-04-15']);
    expect(planningHorizon(firstOnly.rule, utc('2027-03-01T00:00'), 1)[0].key).toBe('2027-03-04');
  });
});

describe('planning horizon across the autumn DST change', () => {
  it('keeps 19:00 local for the occurrences before and after the clocks go back', () => {
    const horizon = planningHorizon(thirdThursday, utc('2027-09-01T00:00'), 3);
    expect(horizon.map((o) => o.startsAt.toISOString())).toEqual([
      '2027-09-16T17:00:00.000Z',
      '2027-10-21T17:00:00.000Z',
      '2027-11-18T18:00:00.000Z',
    ]);
  });

  it('is empty for a size of 0 and stops where the rule ends', () => {
    expect(planningHorizon(thirdThursday, utc('2027-01-01T00:00'), 0)).toEqual([]);
    expect(planningHorizon({ ...thirdThursday, rrule: 'FREQ=MONTHLY;BYDAY=3TH;COUNT=2' }, utc('2027-01-01T00:00'), 5)).toHaveLength(2);
  });
});

describe('occurrenceAfter', () => {
  it('is the next occurrence in time, not the one being left, even when that one was rescheduled before its date', () => {
    // The March occurrence was moved by the organiser to 1 March; the rule still says 18 March for its key.
    expect(occurrenceAfter(thirdThursday, { key: '2027-03-18', startsAt: utc('2027-03-01T18:00') })?.key).toBe('2027-04-15');
    expect(occurrenceAfter(thirdThursday, { key: '2027-01-21', startsAt: utc('2027-01-21T18:00') })?.key).toBe('2027-02-18');
  });

  it('respects a skipped date and says null when the series has ended', () => {
    const rule = withException(thirdThursday, { type: 'skip', date: '2027-02-18' });
    expect(occurrenceAfter(rule, { key: '2027-01-21', startsAt: utc('2027-01-21T18:00') })?.key).toBe('2027-03-18');
    const short = { ...thirdThursday, rrule: 'FREQ=MONTHLY;BYDAY=3TH;COUNT=1' };
    expect(occurrenceAfter(short, { key: '2027-01-21', startsAt: utc('2027-01-21T18:00') })).toBeNull();
  });
});
