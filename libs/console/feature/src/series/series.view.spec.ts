import { readFormatForm } from './format-form';
import { formatsView } from './formats.view';
import { seriesEditBody, seriesExceptionBody, seriesView } from './series.view';

const series = {
  id: 's1',
  communityId: 'c1',
  title: 'Groupe de partage',
  timeZone: 'Europe/Paris',
  location: 'Paris',
  capacity: null,
  startTime: '12:30',
  rrule: 'FREQ=MONTHLY;BYDAY=2TH',
};

describe('the series page', () => {
  it('lists the sessions in local time with their state, and offers only sessions still to come for an exception', () => {
    const page = seriesView({
      language: 'fr',
      csrf: 'c',
      base: '/console/series/s1',
      data: {
        series,
        occurrences: [
          {
            id: 'o1',
            key: '2027-03-11',
            startsAt: '2027-03-11T11:30:00.000Z',
            localStart: '2027-03-11T12:30',
            status: 'held',
            theme: null,
          },
          {
            id: 'o2',
            key: '2027-04-08',
            startsAt: '2027-04-08T10:30:00.000Z',
            localStart: '2027-04-08T12:30',
            status: 'announced',
            theme: 'IA',
          },
        ],
        exceptions: [{ type: 'skip', date: '2027-05-13' }],
      },
      edit: { values: { title: 'Groupe de partage' }, errors: {} },
      exception: { values: { type: 'move', newLocalStart: '2027-04-09T12:30' }, errors: { newLocalStart: 'Date invalide' } },
    }).value;
    expect(page).toContain('jeudi 8 avril 2027');
    expect(page).toContain('12:30 (heure de Paris)');
    expect(page).toContain('Annoncée');
    expect(page).toContain('href="/console/occurrences/o2"');
    expect(page).not.toContain('<option value="2027-03-11"');
    expect(page).toContain('<option value="2027-04-08"');
    expect(page).toMatch(/<option value="move"\s+selected>/);
    expect(page).toContain('value="2027-04-09T12:30"');
    expect(page).toContain('id="exception-newLocalStart-error">Date invalide');
    expect(page).toContain('action="/console/series/s1/exceptions/2027-05-13/delete"');
  });

  it('sends only what changed in an edit, and a skip or a move as the API takes it', () => {
    expect(seriesEditBody({ title: 'Groupe de partage', location: 'Lyon', capacity: '20', startTime: '12:30', rrule: '' }, series)).toEqual(
      {
        location: 'Lyon',
        capacity: 20,
      },
    );
    expect(seriesExceptionBody({ type: 'skip', date: '2027-04-08', newLocalStart: 'x' })).toEqual({ type: 'skip', date: '2027-04-08' });
    expect(seriesExceptionBody({ type: 'move', date: '2027-04-08', newLocalStart: '2027-04-09T12:30' })).toEqual({
      type: 'move',
      date: '2027-04-08',
      newLocalStart: '2027-04-09T12:30',
    });
  });
});

describe('a format of one’s own', () => {
  it('reads the agenda one slot per line', () => {
    expect(readFormatForm({ name: 'Atelier', durationMinutes: '60', agenda: '0 15 Accueil\n15 45 Travail en groupe\n' }, 'fr')).toEqual({
      ok: true,
      body: {
        name: { fr: 'Atelier', en: 'Atelier' },
        defaultDurationMinutes: 60,
        defaultStartTime: '10:00',
        agenda: [
          { title: { fr: 'Accueil', en: 'Accueil' }, offsetMinutes: 0, durationMinutes: 15 },
          { title: { fr: 'Travail en groupe', en: 'Travail en groupe' }, offsetMinutes: 15, durationMinutes: 45 },
        ],
      },
    });
  });

  it('names the first line it cannot read, and re-renders the form with it', () => {
    const read = readFormatForm({ name: 'Atelier', durationMinutes: '60', agenda: '0 15 Accueil\nAccueil 15' }, 'fr');
    expect(read).toEqual({ ok: false, errors: { agenda: expect.stringContaining('Ligne 2') } });
    const page = formatsView({
      language: 'fr',
      csrf: 'c',
      action: '/console/formats',
      formats: [
        {
          id: 'peer-group',
          name: { fr: 'Groupe de partage entre pairs', en: 'Peer group' },
          defaultDurationMinutes: 90,
          agenda: [1, 2],
          builtIn: true,
        },
      ],
      form: { values: { agenda: '0 15 Accueil\nAccueil 15' }, errors: read.ok ? {} : read.errors },
    }).value;
    expect(page).toContain('>0 15 Accueil\nAccueil 15</textarea>');
    expect(page).toContain('fr-input-group--error');
    expect(page).toContain('Intégré');
  });
});
