import { CalendarModel } from './calendar-model';

describe("the scenario's model of each person's calendar", () => {
  it('puts the occurrence in a calendar at its revision, and keeps the SEQUENCE when the same version comes again', () => {
    const calendar = new CalendarModel();
    expect(calendar.send('ana', 'REQUEST')).toBe(0);
    expect(calendar.send('ana', 'REQUEST')).toBe(0);
    expect(calendar.holders()).toEqual(['ana']);
  });

  it('cancels above the last SEQUENCE the person got, and only for someone holding the entry', () => {
    const calendar = new CalendarModel();
    calendar.send('ana', 'REQUEST');
    expect(calendar.send('ana', 'CANCEL')).toBe(1);
    expect(calendar.send('ana', 'CANCEL')).toBeNull();
    expect(calendar.send('bruno', 'CANCEL')).toBeNull();
    expect(calendar.holders()).toEqual([]);
    expect(calendar.entry('ana')).toEqual({ holding: false, sequence: 1 });
    expect(calendar.entry('bruno')).toBeNull();
  });

  it('never goes below the occurrence’s revision nor below what the person last got', () => {
    const calendar = new CalendarModel();
    calendar.send('ana', 'REQUEST');
    calendar.send('bruno', 'REQUEST');
    calendar.send('bruno', 'CANCEL');
    calendar.changeOccurrence();
    // Ana moves from 0 to the new revision; Bruno, back after his CANCEL 1, goes above it.
    expect(calendar.send('ana', 'REQUEST')).toBe(1);
    expect(calendar.send('bruno', 'REQUEST')).toBe(2);
    calendar.changeOccurrence();
    expect(calendar.send('ana', 'CANCEL')).toBe(2);
    expect(calendar.send('bruno', 'CANCEL')).toBe(3);
  });
});
