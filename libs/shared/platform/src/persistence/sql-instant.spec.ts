import { instantFromSql } from './sql-instant';

describe('instantFromSql', () => {
  it("reads PostgreSQL's text form of timestamptz, whatever its offset and fraction", () => {
    expect(instantFromSql('2026-11-27 10:56:57.01+00').toISOString()).toBe('2026-11-27T10:56:57.010Z');
    expect(instantFromSql('2026-11-27 12:56:57.123456+02').toISOString()).toBe('2026-11-27T10:56:57.123Z');
    expect(instantFromSql('2026-11-27 10:56:57+05:30').toISOString()).toBe('2026-11-27T05:26:57.000Z');
  });

  it('passes Dates and nulls through and refuses anything else', () => {
    const date = new Date('2026-11-27T10:56:57.010Z');
    expect(instantFromSql(date)).toBe(date);
    expect(instantFromSql(null)).toBeNull();
    expect(() => instantFromSql('yesterday')).toThrow(RangeError);
  });
});
