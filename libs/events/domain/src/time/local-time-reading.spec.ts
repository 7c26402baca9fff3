import { AmbiguousLocalTimeError, InvalidTimeZoneError, NonexistentLocalTimeError, WrongLocalOffsetError } from '../errors';
import { exactLocalTime, formatLocalStart, readLocalTime, resolveLocalStart, resolveLocalTime } from './local-time-reading';
import { wallClockOfLocalDateTime } from './zoned-time';

const read = (localDateTime: string, timeZone: string) => readLocalTime(wallClockOfLocalDateTime(localDateTime), timeZone);
const utc = (iso: string) => new Date(`${iso}:00.000Z`);
const candidate = (localDateTime: string, offset: string, instant: string) => ({ localDateTime, offset, instant: utc(instant) });

// Each expected instant below is a fact of the IANA rules (last Sunday of March/October in the EU, first
// Sunday of April/October in New South Wales, second Sunday of March / first of November in the US...).
describe('reading a local date-time in a time zone', () => {
  describe('Europe/Paris', () => {
    it('finds no instant for a time in the spring-forward gap, and reads it in the offsets on either side', () => {
      expect(read('2027-03-28T02:30', 'Europe/Paris')).toEqual({
        kind: 'nonexistent',
        earlier: candidate('2027-03-28T01:30', '+01:00', '2027-03-28T00:30'),
        later: candidate('2027-03-28T03:30', '+02:00', '2027-03-28T01:30'),
      });
    });

    it('puts the edges of the gap where the clocks jump: 02:00 is skipped, 01:59 and 03:00 are real', () => {
      expect(read('2027-03-28T02:00', 'Europe/Paris').kind).toBe('nonexistent');
      expect(read('2027-03-28T02:59', 'Europe/Paris').kind).toBe('nonexistent');
      expect(read('2027-03-28T01:59', 'Europe/Paris')).toEqual({ kind: 'valid', instant: utc('2027-03-28T00:59'), offset: '+01:00' });
      expect(read('2027-03-28T03:00', 'Europe/Paris')).toEqual({ kind: 'valid', instant: utc('2027-03-28T01:00'), offset: '+02:00' });
    });

    it('finds two instants for a time in the fall-back overlap, summer time first', () => {
      expect(read('2026-10-25T02:30', 'Europe/Paris')).toEqual({
        kind: 'ambiguous',
        earlier: candidate('2026-10-25T02:30', '+02:00', '2026-10-25T00:30'),
        later: candidate('2026-10-25T02:30', '+01:00', '2026-10-25T01:30'),
      });
    });

    it('puts the edges of the overlap where the clocks go back: 02:00 to 02:59 twice, 01:59 and 03:00 once', () => {
      expect(read('2026-10-25T02:00', 'Europe/Paris').kind).toBe('ambiguous');
      expect(read('2026-10-25T02:59', 'Europe/Paris').kind).toBe('ambiguous');
      expect(read('2026-10-25T01:59', 'Europe/Paris')).toEqual({ kind: 'valid', instant: utc('2026-10-24T23:59'), offset: '+02:00' });
      expect(read('2026-10-25T03:00', 'Europe/Paris')).toEqual({ kind: 'valid', instant: utc('2026-10-25T02:00'), offset: '+01:00' });
    });

    it('reads an ordinary winter and summer time once, and the leap day like any other day', () => {
      expect(read('2027-01-14T19:00', 'Europe/Paris')).toEqual({ kind: 'valid', instant: utc('2027-01-14T18:00'), offset: '+01:00' });
      expect(read('2027-07-14T19:00', 'Europe/Paris')).toEqual({ kind: 'valid', instant: utc('2027-07-14T17:00'), offset: '+02:00' });
      expect(read('2028-02-29T02:30', 'Europe/Paris')).toEqual({ kind: 'valid', instant: utc('2028-02-29T01:30'), offset: '+01:00' });
    });
  });

  describe('Australia/Sydney (southern hemisphere: summer time from October to April)', () => {
    it('skips 02:00–03:00 on the first Sunday of October', () => {
      expect(read('2026-10-04T02:30', 'Australia/Sydney')).toEqual({
        kind: 'nonexistent',
        earlier: candidate('2026-10-04T01:30', '+10:00', '2026-10-03T15:30'),
        later: candidate('2026-10-04T03:30', '+11:00', '2026-10-03T16:30'),
      });
    });

    it('shows 02:00–03:00 twice on the first Sunday of April, daylight time first', () => {
      expect(read('2026-04-05T02:30', 'Australia/Sydney')).toEqual({
        kind: 'ambiguous',
        earlier: candidate('2026-04-05T02:30', '+11:00', '2026-04-04T15:30'),
        later: candidate('2026-04-05T02:30', '+10:00', '2026-04-04T16:30'),
      });
    });

    it('reads the leap day of 2028 once, in summer time', () => {
      expect(read('2028-02-29T19:00', 'Australia/Sydney')).toEqual({ kind: 'valid', instant: utc('2028-02-29T08:00'), offset: '+11:00' });
    });
  });

  describe('other shapes of transition', () => {
    it('handles a half-hour change (Lord Howe Island)', () => {
      expect(read('2026-10-04T02:15', 'Australia/Lord_Howe')).toEqual({
        kind: 'nonexistent',
        earlier: candidate('2026-10-04T01:45', '+10:30', '2026-10-03T15:15'),
        later: candidate('2026-10-04T02:45', '+11:00', '2026-10-03T15:45'),
      });
    });

    it('handles zones west of Greenwich (New York), both ways', () => {
      expect(read('2027-03-14T02:30', 'America/New_York')).toEqual({
        kind: 'nonexistent',
        earlier: candidate('2027-03-14T01:30', '-05:00', '2027-03-14T06:30'),
        later: candidate('2027-03-14T03:30', '-04:00', '2027-03-14T07:30'),
      });
      expect(read('2026-11-01T01:30', 'America/New_York')).toEqual({
        kind: 'ambiguous',
        earlier: candidate('2026-11-01T01:30', '-04:00', '2026-11-01T05:30'),
        later: candidate('2026-11-01T01:30', '-05:00', '2026-11-01T06:30'),
      });
    });

    it('handles a change at midnight (Santiago skips 00:00–01:00 on the first Sunday of September)', () => {
      expect(read('2026-09-06T00:30', 'America/Santiago')).toEqual({
        kind: 'nonexistent',
        earlier: candidate('2026-09-05T23:30', '-04:00', '2026-09-06T03:30'),
        later: candidate('2026-09-06T01:30', '-03:00', '2026-09-06T04:30'),
      });
    });

    it('reads every time once in a zone without daylight saving time, on the nights others change', () => {
      expect(read('2027-03-28T02:30', 'Asia/Tokyo')).toEqual({ kind: 'valid', instant: utc('2027-03-27T17:30'), offset: '+09:00' });
      expect(read('2026-10-25T02:30', 'Asia/Kolkata')).toEqual({ kind: 'valid', instant: utc('2026-10-24T21:00'), offset: '+05:30' });
      expect(read('2026-10-25T02:30', 'UTC')).toEqual({ kind: 'valid', instant: utc('2026-10-25T02:30'), offset: '+00:00' });
    });

    it('refuses an unknown zone with a typed error', () => {
      expect(() => read('2026-10-25T02:30', 'Europe/Lutetia')).toThrow(InvalidTimeZoneError);
    });
  });
});

describe('settling a time the clocks skip or repeat, as calendar clients do (RFC 5545)', () => {
  it('reads a skipped time with the offset before the gap, so 02:30 becomes 03:30 summer time', () => {
    expect(resolveLocalTime(wallClockOfLocalDateTime('2027-03-28T02:30'), 'Europe/Paris')).toEqual(utc('2027-03-28T01:30'));
    expect(resolveLocalTime(wallClockOfLocalDateTime('2026-10-04T02:30'), 'Australia/Sydney')).toEqual(utc('2026-10-03T16:30'));
  });

  it('takes the first of two readings, in both hemispheres', () => {
    expect(resolveLocalTime(wallClockOfLocalDateTime('2026-10-25T02:30'), 'Europe/Paris')).toEqual(utc('2026-10-25T00:30'));
    expect(resolveLocalTime(wallClockOfLocalDateTime('2026-04-05T02:30'), 'Australia/Sydney')).toEqual(utc('2026-04-04T15:30'));
  });
});

describe('a local date-time someone typed', () => {
  it('gives the instant of a time that happens once', () => {
    expect(exactLocalTime('2027-03-28T03:30', 'Europe/Paris')).toEqual(utc('2027-03-28T01:30'));
  });

  it('refuses a skipped time with the two nearest valid times and their offsets', () => {
    const error = caught(() => exactLocalTime('2027-03-28T02:30', 'Europe/Paris'));
    expect(error).toBeInstanceOf(NonexistentLocalTimeError);
    expect(error).toMatchObject({
      code: 'LOCAL_TIME_NONEXISTENT',
      details: {
        localDateTime: '2027-03-28T02:30',
        timeZone: 'Europe/Paris',
        nearest: [
          { localDateTime: '2027-03-28T01:30', offset: '+01:00', startsAt: '2027-03-28T00:30:00.000Z' },
          { localDateTime: '2027-03-28T03:30', offset: '+02:00', startsAt: '2027-03-28T01:30:00.000Z' },
        ],
      },
    });
    expect(error.message).toBe(
      '2027-03-28T02:30 does not exist in Europe/Paris: the clocks go forward that night and skip it. ' +
        'Nearest valid times: 2027-03-28T01:30 (UTC+01:00) or 2027-03-28T03:30 (UTC+02:00).',
    );
  });

  it('refuses a time shown twice, saying which offset each reading is in', () => {
    const error = caught(() => exactLocalTime('2026-04-05T02:30', 'Australia/Sydney'));
    expect(error).toBeInstanceOf(AmbiguousLocalTimeError);
    expect(error).toMatchObject({
      code: 'LOCAL_TIME_AMBIGUOUS',
      details: {
        nearest: [
          { localDateTime: '2026-04-05T02:30', offset: '+11:00', startsAt: '2026-04-04T15:30:00.000Z' },
          { localDateTime: '2026-04-05T02:30', offset: '+10:00', startsAt: '2026-04-04T16:30:00.000Z' },
        ],
      },
    });
    expect(error.message).toContain('2026-04-05T02:30 UTC+11:00 (the first time, 2026-04-04T15:30:00.000Z)');
    expect(error.message).toContain('2026-04-05T02:30 UTC+10:00 (the second time, 2026-04-04T16:30:00.000Z)');
  });
});

function caught(run: () => unknown): Error & { code?: string } {
  try {
    run();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected an error');
}

describe('a local start pinned to one reading by its offset', () => {
  it('takes either reading of a time shown twice when its offset says which', () => {
    expect(exactLocalTime('2026-10-25T02:30+02:00', 'Europe/Paris')).toEqual(utc('2026-10-25T00:30'));
    expect(exactLocalTime('2026-10-25T02:30+01:00', 'Europe/Paris')).toEqual(utc('2026-10-25T01:30'));
    expect(exactLocalTime('2027-01-14T19:00+01:00', 'Europe/Paris')).toEqual(utc('2027-01-14T18:00'));
  });

  it('still refuses a skipped time, whatever offset comes with it, and an offset the zone does not have then', () => {
    expect(() => exactLocalTime('2027-03-28T02:30+01:00', 'Europe/Paris')).toThrow(NonexistentLocalTimeError);
    const wrong = caught(() => exactLocalTime('2027-01-14T19:00+02:00', 'Europe/Paris'));
    expect(wrong).toBeInstanceOf(WrongLocalOffsetError);
    expect(wrong.message).toBe(
      '2027-01-14T19:00+02:00: clocks in Europe/Paris are not at that offset then (2027-01-14T19:00 is UTC+01:00).',
    );
    expect(() => exactLocalTime('2026-10-25T02:30+03:00', 'Europe/Paris')).toThrow(WrongLocalOffsetError);
  });

  it('writes an instant back as a local start that reads back to it, with the offset only where the time is shown twice', () => {
    for (const instant of ['2026-10-25T00:30', '2026-10-25T01:30', '2027-03-28T01:30', '2027-01-14T18:00'].map(utc)) {
      expect(exactLocalTime(formatLocalStart(instant, 'Europe/Paris'), 'Europe/Paris')).toEqual(instant);
    }
    expect(formatLocalStart(utc('2026-10-25T01:30'), 'Europe/Paris')).toBe('2026-10-25T02:30+01:00');
    expect(formatLocalStart(utc('2027-01-14T18:00'), 'Europe/Paris')).toBe('2027-01-14T19:00');
  });

  it('expands a stored start by its offset, and by RFC 5545 without one', () => {
    expect(resolveLocalStart('2026-04-05T02:30+10:00', 'Australia/Sydney')).toEqual(utc('2026-04-04T16:30'));
    expect(resolveLocalStart('2026-04-05T02:30', 'Australia/Sydney')).toEqual(utc('2026-04-04T15:30'));
    expect(resolveLocalStart('2026-10-04T02:30', 'Australia/Sydney')).toEqual(utc('2026-10-03T16:30'));
  });
});
