import { formatDay, formatWhen, zoneLabel } from './dates';

describe('formatWhen', () => {
  it('shows a Paris day in French with the local hours', () => {
    expect(formatWhen('2026-03-12T09:00:00Z', '2026-03-12T17:00:00Z', 'Europe/Paris', 'fr')).toBe(
      'jeudi 12 mars 2026, 10:00–18:00 (heure de Paris)',
    );
  });

  it('shows the same day in English', () => {
    expect(formatWhen('2026-03-12T09:00:00Z', '2026-03-12T17:00:00Z', 'Europe/Paris', 'en')).toBe(
      'Thursday 12 March 2026, 10:00–18:00 (Paris time)',
    );
  });

  it('keeps 10:00 local across the spring DST change (UTC offset moves from +1 to +2)', () => {
    expect(formatWhen('2026-03-30T08:00:00Z', '2026-03-30T16:00:00Z', 'Europe/Paris', 'fr')).toBe(
      'lundi 30 mars 2026, 10:00–18:00 (heure de Paris)',
    );
  });

  it('shows both days when the occurrence runs past midnight', () => {
    expect(formatWhen('2026-03-12T19:00:00Z', '2026-03-13T01:00:00Z', 'Europe/Paris', 'en')).toBe(
      'Thursday 12 March 2026, 20:00 – Friday 13 March 2026, 02:00 (Paris time)',
    );
  });

  it('reads an offset-bearing ISO string in the occurrence zone', () => {
    expect(formatDay('2026-03-12T23:30:00-05:00', 'Europe/Paris', 'fr')).toBe('vendredi 13 mars 2026');
  });
});

describe('zoneLabel', () => {
  it('elides « de » before a vowel and names multi-word cities', () => {
    expect(zoneLabel('Europe/Amsterdam', 'fr')).toBe('heure d’Amsterdam');
    expect(zoneLabel('America/New_York', 'en')).toBe('New York time');
    expect(zoneLabel('UTC', 'fr')).toBe('UTC');
  });
});
