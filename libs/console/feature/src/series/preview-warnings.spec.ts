import { immediateStepWarnings, localDate, pastFirstDateWarning, previewNoteText } from './preview-warnings';
import type { SeriesPreviewData } from './series-preview.view';

const preview = (key: string, startsAt: string): SeriesPreviewData => ({
  dates: [{ key, startsAt, localStart: `${key}T12:30`, utcOffset: '+01:00', offsetChanged: false }],
  agenda: [],
  steps: [],
  notes: [],
});

describe('preview warnings', () => {
  it('gives the date of the series’ own zone, not UTC’s', () => {
    expect(localDate(new Date('2026-11-27T23:30:00Z'), 'Europe/Paris')).toBe('2026-11-28');
    expect(localDate(new Date('2026-11-27T23:30:00Z'), 'America/New_York')).toBe('2026-11-27');
  });

  it('warns when the first date is past, naming the date the series will really start', () => {
    const warning = pastFirstDateWarning('2026-01-14', '2026-11-27', preview('2026-12-10', '2026-12-10T11:30:00Z'), 'Europe/Paris', 'fr');
    expect(warning).toMatch(/^Cette date est passée : la série commencera à sa prochaine date, .*10 décembre 2026/);
    expect(pastFirstDateWarning('2026-01-14', '2026-11-27', preview('2026-12-10', '2026-12-10T11:30:00Z'), 'Europe/Paris', 'en')).toMatch(
      /^This date is past/,
    );
  });

  it('says nothing for a first date today or later, or when no date comes', () => {
    const next = preview('2026-12-10', '2026-12-10T11:30:00Z');
    expect(pastFirstDateWarning('2026-11-27', '2026-11-27', next, 'Europe/Paris', 'fr')).toBeNull();
    expect(pastFirstDateWarning('2027-01-14', '2026-11-27', next, 'Europe/Paris', 'fr')).toBeNull();
    expect(pastFirstDateWarning('2026-01-14', '2026-11-27', { ...next, dates: [] }, 'Europe/Paris', 'fr')).toBeNull();
  });

  it('drops events’ past-date note, rewords its clock notes in French, and keeps others marked as English', () => {
    expect(
      previewNoteText(
        'firstDate 2026-01-14 is past: the series starts at its next date, 2026-12-10; earlier dates were not planned.',
        'fr',
      ),
    ).toBeNull();
    expect(
      previewNoteText(
        '2027-03-28: 02:30 does not exist in Europe/Paris (the clocks go forward that night): that occurrence starts at 03:30.',
        'fr',
      ),
    ).toEqual({ text: '2027-03-28 : 02:30 n’existe pas cette nuit-là (passage à l’heure d’été) ; cette séance commence à 03:30.' });
    expect(previewNoteText('Something else', 'fr')).toEqual({ text: 'Something else', lang: 'en' });
    expect(previewNoteText('Something else', 'en')).toEqual({ text: 'Something else' });
  });

  it('names each step whose date is past, as it will run at creation, and only those', () => {
    const soon: SeriesPreviewData = {
      ...preview('2026-12-10', '2026-12-10T11:30:00Z'),
      steps: [
        { step: 'announce', dueAt: '2026-11-12T09:00:00Z', localDue: '2026-11-12T10:00' },
        { step: 'remindContributors', dueAt: '2026-11-26T09:00:00Z', localDue: '2026-11-26T10:00' },
        { step: 'remindParticipants', dueAt: '2026-12-08T09:00:00Z', localDue: '2026-12-08T10:00' },
      ],
    };
    const now = new Date('2026-11-27T12:00:00Z');
    const fr = immediateStepWarnings(soon, now, 'Europe/Paris', 'fr');
    expect(fr).toHaveLength(2);
    expect(fr[0]).toMatch(/^L’étape « Annonce » partira dès la création : sa date prévue, .*12 novembre 2026.*, est passée\.$/);
    expect(fr[1]).toContain('Rappel aux contributeur·rice·s');
    expect(immediateStepWarnings(soon, now, 'Europe/Paris', 'en')[0]).toMatch(
      /^The step “Announcement” will run as soon as the series is created/,
    );
    expect(immediateStepWarnings(soon, new Date('2026-11-01T00:00:00Z'), 'Europe/Paris', 'fr')).toEqual([]);
  });
});
