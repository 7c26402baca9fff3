import { rruleFor } from './recurrence-pattern';

describe('the rhythm of a series, anchored on its first date', () => {
  it('takes the weekday and its rank in the month from the first date', () => {
    expect(rruleFor('monthly-nth', '2027-01-14')).toBe('FREQ=MONTHLY;BYDAY=2TH');
    expect(rruleFor('monthly-nth', '2027-01-29')).toBe('FREQ=MONTHLY;BYDAY=5FR');
    expect(rruleFor('monthly-last', '2027-01-29')).toBe('FREQ=MONTHLY;BYDAY=-1FR');
    expect(rruleFor('weekly', '2027-01-11')).toBe('FREQ=WEEKLY;BYDAY=MO');
    expect(rruleFor('biweekly', '2027-01-17')).toBe('FREQ=WEEKLY;INTERVAL=2;BYDAY=SU');
  });

  it('keeps a custom RRULE as typed and has no rule for a date that does not exist', () => {
    expect(rruleFor('custom', '', ' FREQ=DAILY ')).toBe('FREQ=DAILY');
    expect(rruleFor('custom', '2027-01-14', '')).toBeNull();
    expect(rruleFor('weekly', '2027-02-30')).toBeNull();
    expect(rruleFor('weekly', '14/01/2027')).toBeNull();
  });
});
