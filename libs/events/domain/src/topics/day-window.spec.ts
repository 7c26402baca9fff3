import { dayPhase, dayWindow } from './day-window';

describe('the day window of an occurrence (its local calendar day)', () => {
  it('opens at local midnight and closes at the next local midnight, in the occurrence zone', () => {
    // 10:00–18:00 in Paris in summer is 08:00–16:00Z; the Paris day is 22:00Z the day before to 22:00Z.
    const window = dayWindow(new Date('2027-06-08T08:00:00Z'), new Date('2027-06-08T16:00:00Z'), 'Europe/Paris');
    expect(window.opensAt.toISOString()).toBe('2027-06-07T22:00:00.000Z');
    expect(window.closesAt.toISOString()).toBe('2027-06-08T22:00:00.000Z');
  });

  it('is a 23-hour day on the spring-forward Sunday', () => {
    const window = dayWindow(new Date('2027-03-28T08:00:00Z'), new Date('2027-03-28T16:00:00Z'), 'Europe/Paris');
    expect((window.closesAt.getTime() - window.opensAt.getTime()) / 3_600_000).toBe(23);
  });

  it('says before, open and after around the edges', () => {
    const window = dayWindow(new Date('2027-06-08T08:00:00Z'), new Date('2027-06-08T16:00:00Z'), 'Europe/Paris');
    expect(dayPhase(window, new Date('2027-06-07T21:59:59Z'))).toBe('before');
    expect(dayPhase(window, new Date('2027-06-07T22:00:00Z'))).toBe('open');
    expect(dayPhase(window, new Date('2027-06-08T21:59:59Z'))).toBe('open');
    expect(dayPhase(window, new Date('2027-06-08T22:00:00Z'))).toBe('after');
  });
});
