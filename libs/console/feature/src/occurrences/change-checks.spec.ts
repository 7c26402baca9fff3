import { isOver, localNow, newStartProblem } from './change-checks';

const now = new Date('2026-11-27T22:00:00Z');

describe('checks before previewing a move', () => {
  it('refuses a day that does not exist, naming it', () => {
    expect(newStartProblem('2027-02-31T12:30', now, 'Europe/Paris', 'fr')).toBe(
      'Le 2027-02-31 n’existe pas : vérifiez le jour et le mois.',
    );
    expect(newStartProblem('2027-13-01T12:30', now, 'Europe/Paris', 'en')).toMatch(/^2027-13-01 does not exist/);
  });

  it('refuses words or another format, giving the expected one', () => {
    expect(newStartProblem('demain midi', now, 'Europe/Paris', 'fr')).toMatch(/^Format attendu : AAAA-MM-JJTHH:MM/);
    expect(newStartProblem('2027-03-11 12:30', now, 'Europe/Paris', 'fr')).toMatch(/^Format attendu/);
    expect(newStartProblem('2027-03-11T25:30', now, 'Europe/Paris', 'fr')).toMatch(/^L’heure doit être/);
  });

  it('refuses a moment already gone in the session’s own time zone', () => {
    // 22:00 UTC is 23:00 in Paris: 22:30 that day is past there, though not in UTC.
    expect(newStartProblem('2026-11-27T22:30', now, 'Europe/Paris', 'fr')).toMatch(/^Cette date est passée/);
    expect(newStartProblem('2026-11-27T22:30', now, 'UTC', 'fr')).toBeNull();
    expect(newStartProblem('2027-03-11T12:30', now, 'Europe/Paris', 'fr')).toBeNull();
  });

  it('reads the wall clock of a zone', () => {
    expect(localNow(now, 'Europe/Paris')).toBe('2026-11-27T23:00');
  });

  it('takes a held or archived session as over, not a planned or announced one', () => {
    expect(['held', 'archived', 'announced', 'planned'].map(isOver)).toEqual([true, true, false, false]);
  });
});
