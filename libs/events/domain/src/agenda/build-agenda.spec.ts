import { InvalidTimeZoneError } from '../errors';
import { getFormat } from '../formats/built-in-formats';
import { buildAgenda } from './build-agenda';

const utc = (y: number, m: number, d: number, h = 0, min = 0) => new Date(Date.UTC(y, m - 1, d, h, min));

describe('buildAgenda', () => {
  it('prints the open-forum day in Paris wall-clock time in winter and in summer', () => {
    // 10:00 Paris is 09:00Z in winter (UTC+1) and 08:00Z in summer (UTC+2).
    for (const startsAt of [utc(2025, 1, 9, 9), utc(2025, 7, 10, 8)]) {
      const agenda = buildAgenda(getFormat('open-forum'), startsAt, 'Europe/Paris');
      expect(agenda.map((item) => [item.id, item.localStart, item.localEnd])).toEqual([
        ['opening', '10:00', '10:30'],
        ['workshops-morning', '10:30', '12:30'],
        ['lunch', '12:30', '14:00'],
        ['workshops-afternoon', '14:00', '16:00'],
        ['product-stand-up', '16:00', '17:00'],
        ['workshops-late-afternoon', '17:00', '18:00'],
      ]);
      expect(agenda[2].startsAt).toEqual(new Date(startsAt.getTime() + 150 * 60_000));
    }
  });

  it('keeps elapsed durations on the spring-forward night, so local times jump with the clocks', () => {
    // 2025-03-30 is the last Sunday of March: at 01:00Z Paris goes from 02:00 (UTC+1) to 03:00 (UTC+2).
    const startsAt = utc(2025, 3, 30, 0, 30); // 01:30 Paris
    const agenda = buildAgenda(getFormat('peer-group'), startsAt, 'Europe/Paris');
    expect(agenda.map((item) => [item.id, item.localStart, item.localEnd])).toEqual([
      ['introduction', '01:30', '01:32'],
      ['round-table', '01:32', '01:57'],
      ['exchange', '01:57', '03:42'],
      ['anticipation', '03:42', '03:52'],
    ]);
    const exchange = agenda[2];
    expect(exchange.endsAt.getTime() - exchange.startsAt.getTime()).toBe(45 * 60_000);
    expect(exchange.endsAt).toEqual(utc(2025, 3, 30, 1, 42));
  });

  it('keeps elapsed durations on the fall-back night, when the same local hour happens twice', () => {
    // 2025-10-26: at 01:00Z Paris goes back from 03:00 (UTC+2) to 02:00 (UTC+1).
    const startsAt = utc(2025, 10, 26, 0, 30); // 02:30 Paris, first time round (summer time)
    const agenda = buildAgenda(getFormat('peer-group'), startsAt, 'Europe/Paris');
    // The exchange starts at 02:57 summer time and ends 45 minutes later at 02:42 standard time.
    expect(agenda.map((item) => [item.localStart, item.localEnd])).toEqual([
      ['02:30', '02:32'],
      ['02:32', '02:57'],
      ['02:57', '02:42'],
      ['02:42', '02:52'],
    ]);
    expect(agenda[3].endsAt).toEqual(utc(2025, 10, 26, 1, 52));
  });

  it('prints New York times for a series there', () => {
    const agenda = buildAgenda(getFormat('peer-group'), utc(2025, 1, 15, 17, 30), 'America/New_York');
    expect(agenda[0].localStart).toBe('12:30');
    expect(agenda[3].localEnd).toBe('13:52');
  });

  it('carries titles and details through and sorts slots by offset', () => {
    const format = structuredClone(getFormat('peer-group'));
    format.agenda.reverse();
    const agenda = buildAgenda(format, utc(2025, 1, 15, 11, 30), 'Europe/Paris');
    expect(agenda.map((item) => item.id)).toEqual(['introduction', 'round-table', 'exchange', 'anticipation']);
    expect(agenda[1].title.fr).toBe('Tour de table');
    expect(agenda[1].details?.fr).toHaveLength(4);
    expect(agenda[0].details).toBeUndefined();
  });

  it('rejects an unknown time zone', () => {
    expect(() => buildAgenda(getFormat('peer-group'), utc(2025, 1, 1), 'Paris')).toThrow(InvalidTimeZoneError);
  });
});
