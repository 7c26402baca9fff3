import { AmbiguousLocalTimeError, NonexistentLocalTimeError } from '../errors';
import { expandOccurrences } from './expand-occurrences';
import { assertExactSeriesStart, seriesStartAfter, seriesStartNotes } from './series-start';

const utc = (iso: string) => new Date(iso);
// The EU changes on the last Sundays of March and October: 2027-03-28 (02:00 → 03:00), 2026-10-25 (03:00 → 02:00).
const weeklyOnSunday = { rrule: 'FREQ=WEEKLY;BYDAY=SU', durationMinutes: 60, timeZone: 'Europe/Paris' };

describe('the start of a series', () => {
  it("is the first occurrence after the given instant, at the rule's local time", () => {
    expect(seriesStartAfter({ ...weeklyOnSunday, startTime: '19:00', firstDate: '2027-03-22' }, utc('2027-03-01T00:00:00Z'))).toBe(
      '2027-03-28T19:00',
    );
    expect(seriesStartAfter({ ...weeklyOnSunday, startTime: '19:00', firstDate: '2027-03-22' }, utc('2027-03-29T00:00:00Z'))).toBe(
      '2027-04-04T19:00',
    );
  });

  it('skips moved occurrences, whose time is their own, and is null when the rule ends', () => {
    const moved = {
      ...weeklyOnSunday,
      startTime: '19:00',
      firstDate: '2027-03-22',
      movedOccurrences: [{ originalDate: '2027-03-28', newLocalStart: '2027-03-27T10:00' }],
    };
    expect(seriesStartAfter(moved, utc('2027-03-01T00:00:00Z'))).toBe('2027-04-04T19:00');
    expect(
      seriesStartAfter(
        { ...weeklyOnSunday, rrule: 'FREQ=WEEKLY;BYDAY=SU;COUNT=1', startTime: '19:00', firstDate: '2027-03-22' },
        utc('2027-04-01T00:00:00Z'),
      ),
    ).toBeNull();
  });

  it('is refused when its clocks skip it or show it twice', () => {
    expect(() =>
      assertExactSeriesStart({ ...weeklyOnSunday, startTime: '02:30', firstDate: '2027-03-22' }, utc('2027-03-01T00:00:00Z')),
    ).toThrow(NonexistentLocalTimeError);
    expect(() =>
      assertExactSeriesStart({ ...weeklyOnSunday, startTime: '02:30', firstDate: '2026-10-19' }, utc('2026-10-01T00:00:00Z')),
    ).toThrow(AmbiguousLocalTimeError);
  });

  it('is accepted when only a later occurrence meets a DST night (settled at expansion, as agendas do)', () => {
    expect(() =>
      assertExactSeriesStart({ ...weeklyOnSunday, startTime: '02:30', firstDate: '2027-03-15' }, utc('2027-03-01T00:00:00Z')),
    ).not.toThrow();
  });

  it('refuses a first start shown twice with advice the startTime field can follow (no offset, which HH:mm refuses)', () => {
    const attempt = () =>
      assertExactSeriesStart({ ...weeklyOnSunday, startTime: '02:30', firstDate: '2026-10-19' }, utc('2026-10-01T00:00:00Z'));
    expect(attempt).toThrow(AmbiguousLocalTimeError);
    expect(attempt).toThrow(/startTime is a local HH:mm without offset: choose another startTime, or a firstDate after that night/);
    expect(attempt).toThrow(/reschedule that occurrence with "localStart": "2026-10-25T02:30\+01:00"/);
    expect(attempt).not.toThrow(/Add the offset/);
  });
});

describe('the notes a new series comes with', () => {
  const planned = (input: Parameters<typeof expandOccurrences>[0], after: Date, count: number) =>
    expandOccurrences(input, { after, count });

  it('says that a date of a weekly series falls in the spring gap and when it really starts', () => {
    const rule = { ...weeklyOnSunday, startTime: '02:30', firstDate: '2027-03-14' };
    const after = utc('2027-03-01T00:00:00Z');
    expect(seriesStartNotes(rule, after, planned(rule, after, 3))).toEqual([
      '2027-03-28: 02:30 does not exist in Europe/Paris (the clocks go forward that night): that occurrence starts at 03:30.',
    ]);
  });

  it('says that a date shown twice takes the first reading', () => {
    const rule = { ...weeklyOnSunday, startTime: '02:30', firstDate: '2026-10-11' };
    const after = utc('2026-10-01T00:00:00Z');
    expect(seriesStartNotes(rule, after, planned(rule, after, 3))).toEqual([
      '2026-10-25: 02:30 happens twice in Europe/Paris (the clocks go back that night): that occurrence takes the first, 02:30+02:00.',
    ]);
  });

  it('says that a firstDate in the past was moved on to the next date, and nothing for a future one', () => {
    const rule = { ...weeklyOnSunday, startTime: '19:00', firstDate: '2027-01-03' };
    const after = utc('2027-02-10T12:00:00Z');
    expect(seriesStartNotes(rule, after, planned(rule, after, 2))).toEqual([
      'firstDate 2027-01-03 is past: the series starts at its next date, 2027-02-14; earlier dates were not planned.',
    ]);
    const future = { ...rule, firstDate: '2027-02-14' };
    expect(seriesStartNotes(future, after, planned(future, after, 2))).toEqual([]);
  });
});
