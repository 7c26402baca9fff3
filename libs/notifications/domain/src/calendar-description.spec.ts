import type { OccurrenceSnapshot } from '@cercle/contracts';
import { calendarDescription } from './calendar-description';

const occurrence: OccurrenceSnapshot = {
  occurrenceId: '00000000-0000-4000-8000-000000000001',
  seriesId: '00000000-0000-4000-8000-000000000002',
  communityId: '00000000-0000-4000-8000-000000000003',
  title: 'Rencontres ALLiaNCE',
  formatId: 'open-forum',
  formatName: { fr: 'Forum ouvert', en: 'Open forum' },
  startsAt: '2027-03-11T09:00:00.000Z',
  endsAt: '2027-03-11T17:00:00.000Z',
  timeZone: 'Europe/Paris',
  location: '20 avenue de Ségur, Paris',
  theme: 'Accessibilité',
  agenda: [{ title: { fr: 'Ouverture', en: 'Opening' }, localStart: '10:00', localEnd: '10:30' }],
  calendarSequence: 0,
  previousStartsAt: null,
  cancellationReason: null,
  registrationClosesAt: null,
  topics: [],
};
const page = 'https://cercle.example/join/00000000-0000-4000-8000-000000000001';

describe('calendarDescription', () => {
  it('describes the occurrence in French: when, where, theme, agenda and its public page, one blank line between blocks', () => {
    expect(calendarDescription(occurrence, 'fr', page)).toBe(
      [
        'Forum ouvert · jeudi 11 mars 2027, 10:00–18:00 (heure de Paris)',
        'Lieu\u00a0: 20 avenue de Ségur, Paris',
        'Thème\u00a0: Accessibilité',
        'Programme\u00a0:\n10:00–10:30 Ouverture',
        `Page de la rencontre\u00a0: ${page}`,
      ].join('\n\n'),
    );
  });

  it('says in English that it is cancelled and why, and leaves out what the occurrence does not have', () => {
    const text = calendarDescription(
      { ...occurrence, location: null, theme: null, agenda: [], cancellationReason: 'Room unavailable' },
      'en',
      null,
    );
    expect(text).toBe('Open forum · Thursday 11 March 2027, 10:00–18:00 (Paris time)\n\nGathering cancelled: Room unavailable');
  });
});
