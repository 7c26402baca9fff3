import { renderSeriesIndex, type IndexedSession } from './series-index';

const session = (day: string, theme: string | null, link: string | null = `https://chat.example/_redirect/pl/${day}`): IndexedSession => ({
  occurrenceId: day,
  startsAt: `${day}T08:00:00Z`,
  title: 'Groupe de pairs',
  theme,
  link,
});

describe('renderSeriesIndex', () => {
  it('lists past sessions newest first, each with its day, theme and notes link', () => {
    const text = renderSeriesIndex({
      seriesTitle: 'Groupe de pairs',
      sessions: [session('2027-01-21', 'Le legal design'), session('2027-03-18', 'Accessibilité')],
      timeZone: 'Europe/Paris',
      language: 'fr',
    });
    expect(text.split('\n')).toEqual([
      '#### :card_index: Séances passées — Groupe de pairs',
      '- jeudi 18 mars 2027 — Accessibilité — [notes](https://chat.example/_redirect/pl/2027-03-18)',
      '- jeudi 21 janvier 2027 — Le legal design — [notes](https://chat.example/_redirect/pl/2027-01-21)',
    ]);
  });

  it('shows the title when there was no theme, no link when the thread is unknown, and in English', () => {
    const text = renderSeriesIndex({
      seriesTitle: 'Peers',
      sessions: [session('2027-01-21', null, null)],
      timeZone: 'Europe/Paris',
      language: 'en',
    });
    expect(text).toBe('#### :card_index: Past sessions — Peers\n- Thursday 21 January 2027 — Groupe de pairs');
  });

  it('keeps a theme someone typed from mentioning the channel', () => {
    const text = renderSeriesIndex({
      seriesTitle: 'X',
      sessions: [session('2027-01-21', '@channel venez')],
      timeZone: 'Europe/Paris',
      language: 'fr',
    });
    expect(text).not.toMatch(/(^|[^\w`])@channel\b/);
  });
});
