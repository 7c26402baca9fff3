import { agendaLines } from './occurrence-view';

// As GET /occurrences/{id} gives it: wall-clock times and a title in each language.
const agenda = [
  { title: { fr: 'Accueil', en: 'Welcome' }, localStart: '10:00', localEnd: '10:15' },
  { title: { fr: 'Place du marché', en: 'Marketplace' }, localStart: '10:15', localEnd: '11:00' },
];

describe('the agenda that `cercle occurrences show` prints', () => {
  it("prints each slot's times and its title in the reader's language", () => {
    expect(agendaLines(agenda, 'fr')).toEqual(['  10:00–10:15  Accueil', '  10:15–11:00  Place du marché']);
    expect(agendaLines(agenda, 'en')).toEqual(['  10:00–10:15  Welcome', '  10:15–11:00  Marketplace']);
  });
});
