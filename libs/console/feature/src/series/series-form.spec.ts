import { readSeriesForm, seriesFormErrors } from './series-form';
import { seriesFormView } from './series-form.view';

const typed = {
  title: 'Groupe de partage entre pairs',
  formatId: 'peer-group',
  firstDate: '2027-01-14',
  startTime: '12:30',
  pattern: 'monthly-nth',
  rrule: '',
  durationMinutes: '',
  timeZone: 'Europe/Paris',
  location: 'Paris',
  capacity: '',
};
const preview = {
  dates: [
    { key: '2027-03-11', startsAt: '2027-03-11T11:30:00.000Z', localStart: '2027-03-11T12:30', utcOffset: '+01:00', offsetChanged: false },
    { key: '2027-04-08', startsAt: '2027-04-08T10:30:00.000Z', localStart: '2027-04-08T12:30', utcOffset: '+02:00', offsetChanged: true },
  ],
  agenda: [{ id: 'intro', title: { fr: 'Introduction', en: 'Introduction' }, localStart: '12:30', localEnd: '12:32', durationMinutes: 2 }],
  steps: [{ step: 'announce', dueAt: '2027-02-18T11:30:00.000Z', localDue: '2027-02-18T12:30' }],
  notes: [],
};

describe('the series form', () => {
  it('turns what was typed into the events API body, the rhythm anchored on the first date', () => {
    const read = readSeriesForm(typed, 'c1', 'fr');
    expect(read).toEqual({
      ok: true,
      body: {
        communityId: 'c1',
        title: 'Groupe de partage entre pairs',
        formatId: 'peer-group',
        recurrence: { rrule: 'FREQ=MONTHLY;BYDAY=2TH', firstDate: '2027-01-14', startTime: '12:30', timeZone: 'Europe/Paris' },
        location: 'Paris',
        capacity: null,
      },
    });
  });

  it('names each missing or malformed field in the reader’s language', () => {
    const read = readSeriesForm({ ...typed, title: ' ', startTime: '', capacity: 'dix' }, 'c1', 'fr');
    expect(read).toEqual({
      ok: false,
      errors: {
        title: 'Ce champ est obligatoire.',
        startTime: 'Ce champ est obligatoire.',
        capacity: 'Saisissez un nombre entier positif.',
      },
    });
    expect(readSeriesForm({ ...typed, pattern: 'custom' }, 'c1', 'en')).toMatchObject({ ok: false, errors: { rrule: expect.any(String) } });
  });

  it("puts the API's refusals next to the fields they concern", () => {
    expect(
      seriesFormErrors({ issues: [{ path: 'recurrence.startTime', message: 'must be a time written HH:mm' }] }, 'weekly', 'fr'),
    ).toEqual({
      startTime: 'must be a time written HH:mm',
    });
    expect(seriesFormErrors({ code: 'LOCAL_TIME_NONEXISTENT', message: '02:30 does not exist' }, 'weekly', 'fr')).toEqual({
      startTime: 'Cette heure n’existe pas ce jour-là (passage à l’heure d’été) : choisissez une autre heure.',
    });
    expect(
      seriesFormErrors({ issues: [{ path: 'title', message: 'Too small: expected string to have >=1 characters' }] }, 'weekly', 'fr'),
    ).toEqual({
      title: 'Saisissez au moins 1 caractère.',
    });
    expect(seriesFormErrors({ code: 'community-not-found', message: 'unknown' }, 'weekly', 'fr')).toEqual({ _form: 'unknown' });
  });

  it('re-renders with what was typed, the error on its field and the preview with the clock change', () => {
    const page = seriesFormView({
      language: 'fr',
      csrf: 'tok<en>',
      action: '/console/communities/c1/series',
      formats: [{ id: 'peer-group', name: { fr: 'Groupe de partage entre pairs', en: 'Peer group' }, defaultDurationMinutes: 90 }],
      form: { values: { ...typed, title: 'Groupe "EIG" <2027>' }, errors: { startTime: 'Heure invalide' } },
      preview,
    }).value;
    expect(page).toContain('value="Groupe &quot;EIG&quot; &lt;2027&gt;"');
    expect(page).toContain('name="_csrf" value="tok&lt;en&gt;"');
    expect(page).toMatch(/fr-input-group--error">\s*<label class="fr-label" for="startTime"/);
    expect(page).toContain('<p class="fr-message fr-message--error" id="startTime-error">Heure invalide</p>');
    expect(page).toMatch(/<option value="monthly-nth"\s+selected>/);
    expect(page).toContain('jeudi 8 avril 2027');
    expect(page).toContain('Changement d&#39;heure depuis la date précédente');
    expect(page.match(/<p class="fr-badge/g)).toHaveLength(1);
    expect(page).toContain('Annonce');
  });

  it('names the steps that would run at creation just above the create button, and nothing when none would', () => {
    const view = (immediateSteps: string[]) =>
      seriesFormView({
        language: 'fr',
        csrf: 't',
        action: '/console/communities/c1/series',
        formats: [{ id: 'peer-group', name: { fr: 'Groupe de partage entre pairs', en: 'Peer group' }, defaultDurationMinutes: 90 }],
        form: { values: typed, errors: {} },
        preview,
        immediateSteps,
      }).value;
    const page = view(['L’étape « Annonce » partira dès la création : sa date prévue, jeudi 12 novembre 2026, est passée.']);
    expect(page).toMatch(/id="immediate-steps">[\s\S]*<li>L’étape « Annonce » partira dès la création[\s\S]*Créer la série/);
    expect(view([])).not.toContain('immediate-steps');
  });

  it('warns next to the first date, without refusing it, and leaves events’ English past-date note out', () => {
    const page = seriesFormView({
      language: 'fr',
      csrf: 't',
      action: '/console/communities/c1/series',
      formats: [{ id: 'peer-group', name: { fr: 'Groupe de partage entre pairs', en: 'Peer group' }, defaultDurationMinutes: 90 }],
      form: { values: typed, errors: {}, warnings: { firstDate: 'Cette date est passée.' } },
      preview: {
        ...preview,
        notes: ['firstDate 2026-01-14 is past: the series starts at its next date, 2027-04-08; earlier dates were not planned.'],
      },
    }).value;
    expect(page).toContain('<p class="fr-message fr-message--warning" id="firstDate-warning">Cette date est passée.</p>');
    expect(page).not.toMatch(/fr-input-group--error">\s*<label class="fr-label" for="firstDate"/);
    expect(page).not.toContain('is past');
  });
});
