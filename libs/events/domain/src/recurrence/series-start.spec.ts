import { AmbiguousLocalTimeError, NonexistentLocalTimeError } from '../errors';
import { assertExactSeriesStart, seriesStartAfter } from './series-start';

const utc = (iso: string) => new Date(iso);
// The EU changes on the last Sundays of March and October: 2027-03-28 (02:00 → 03:00), 2026-10-25 (03:00 → 02:00).
const weeklyOnSunday = { rrule: 'FREQ=WEEKLY;BYDAY=SU', durationMinutes: 60, timeZone: 'Europe/Paris' };

describe('the start of a series', () => {
  it("is the first occurrence after the given instant, at the rule's local time", () => {
    expect(seriesStartAfter({ ...weeklyOnSunday, startTime: '19:00', firstDate: '2027-03-22' }, utc('2027-03-01T00:00:00Z'))).toBe('2027-03-28T19:00');
    expect(seriesStartAfter({ ...weeklyOnSunday, startTime: '19:00', firstDate: '2027-03-22' }, utc('2027-03-29T00:00:00Z'))).toBe('2027-04-04T19:00');
  });

  it('skips moved occurrences, whose time is their own, and is null when the rule ends', () => {
    const moved = { ...weeklyOnSunday, startTime: '19:00', firstDate: '2027-03-22', movedOccurrences: [{ originalDate: '2027-03-28', newLocalStart: '2027-03-27T10:00' }] };
    expect(seriesStartAfter(moved, utc('2027-03-01T00:00:00Z'))).toBe('2027-04-04T19:00');
    expect(seriesStartAfter({ ...weeklyOnSunday, rrule: 'FREQ=WEEKLY;BYDAY=SU;COUNT=1', startTime: '19:00', firstDate: '2027-03-22' }, utc('2027-04-01T00:00:00Z'))).toBeNull();
  });

  it('is refused when its clocks skip it or show it twice', () => {
    expect(() => assertExactSeriesStart({ ...weeklyOnSunday, startTime: '02:30', firstDate: '2027-03-22' }, utc('2027-03-01T00:00:00Z'))).toThrow(NonexistentLocalTimeError);
    expect(() => assertExactSeriesStart({ ...weeklyOnSunday, startTime: '02:30', firstDate: '2026-10-19' }, utc('2026-10-01T00:00:00Z'))).toThrow(AmbiguousLocalTimeError);
  });

  it('is accepted when only a later occurrence meets a DST night (settled at expansion, as agendas do)', () => {
    expect(() => assertExactSeriesStart({ ...weeklyOnSunday, startTime: '02:30', firstDate: '2027-03-15' }, utc('2027-03-01T00:00:00Z'))).not.toThrow();
  });
});
